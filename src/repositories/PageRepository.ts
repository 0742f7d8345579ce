import {
  changesPage,
  eventsPage,
  officesPage,
  peoplePage,
  provincesPage,
  type DateRange,
  type PageWindow,
  type ProvincesFilter,
} from '../cypher/pageQueries.js';
import type { ProvinceIncludes } from '../cypher/prefetchQueries.js';
import type { Statement } from '../cypher/Statement.js';
import type { Basis, HistoricalDate } from '../dates/index.js';
import type { Database } from '../db/Database.js';
import type { NodeType } from '../model/NodeType.js';
import type { RecordFields } from '../model/RecordFields.js';
import { typed } from './typed.js';
import type {
  ChangeRecord,
  ConnectionRecord,
  EventRecord,
  IncludedRecords,
  OfficeRecord,
  PersonRecord,
  ProvinceRecord,
} from './records.js';

export type { DateRange, PageWindow };

/**
 * The connections' pages: filters in, `{ totalCount, offset, items }` out, one round trip each; the
 * items fetched with the keys `fields` names.
 */
export class PageRepository {
  constructor(private readonly db: Database) {}

  /** A page of provinces, with what `include` asks for their nested fields (same round trip). */
  async provinces(
    filter: ProvincesFilter,
    window: PageWindow,
    fields: RecordFields,
    include?: ProvinceIncludes,
  ): Promise<ConnectionRecord<ProvinceRecord> & { included: IncludedRecords }> {
    const [row] = await this.db.read<{ total: number; records: ProvinceRecord[]; included: IncludedRecords }>(
      provincesPage(filter, window, fields, include),
    );
    const { total, records, included } = row!;
    for (const group of included.offices) typed('Office', group.records);
    for (const group of included.tenures) typed('Tenure', group.records);
    typed('Person', included.people);
    return { totalCount: total, offset: window.offset, items: typed('Province', records), included };
  }

  offices(
    filter: { asOf: HistoricalDate | null; basis: Basis; kind: string | null; province: string | null },
    window: PageWindow,
    fields: RecordFields,
  ): Promise<ConnectionRecord<OfficeRecord>> {
    return this.page(officesPage(filter, window, fields), window, 'Office');
  }

  people(filter: { ids: readonly string[] | null }, window: PageWindow, fields: RecordFields): Promise<ConnectionRecord<PersonRecord>> {
    return this.page(peoplePage(filter, window, fields), window, 'Person');
  }

  changes(
    filter: DateRange & { kinds: readonly string[] | null; province: string | null },
    window: PageWindow,
    fields: RecordFields,
  ): Promise<ConnectionRecord<ChangeRecord>> {
    return this.page(changesPage(filter, window, fields), window, 'Change');
  }

  events(
    filter: DateRange & { kinds: readonly string[] | null; subject: string | null },
    window: PageWindow,
    fields: RecordFields,
  ): Promise<ConnectionRecord<EventRecord>> {
    return this.page(eventsPage(filter, window, fields), window, 'Event');
  }

  private async page<T>(statement: Statement, window: PageWindow, type: NodeType): Promise<ConnectionRecord<T>> {
    const [row] = await this.db.read<{ total: number; records: T[] }>(statement);
    return { totalCount: row?.total ?? 0, offset: window.offset, items: typed(type, row?.records ?? []) };
  }
}
