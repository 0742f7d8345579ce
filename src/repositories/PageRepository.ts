import { CHANGES_PAGE, EVENTS_PAGE, officesPage, PEOPLE_PAGE, provincesPage } from '../cypher/pageQueries.js';
import type { ProvinceIncludes } from '../cypher/prefetchQueries.js';
import { censusScope } from '../census/unitCensus.js';
import type { Basis, Certainty, HistoricalDate } from '../dates/index.js';
import type { Database, Params } from '../db/Database.js';
import { neo4jDate } from '../db/neo4jDate.js';
import { neo4jInt } from '../db/neo4jInt.js';
import type { ChangeRecord, ConnectionRecord, EventRecord, IncludedRecords, OfficeRecord, PersonRecord, ProvinceRecord } from './records.js';

export interface PageWindow {
  readonly offset: number;
  readonly limit: number;
}

export interface DateRange {
  readonly from: HistoricalDate | null;
  readonly to: HistoricalDate | null;
}

/** The connections' pages: filters in, `{ totalCount, offset, items }` out, one round trip each. */
export class PageRepository {
  constructor(private readonly db: Database) {}

  /** A page of provinces, with what `include` asks for their nested fields (same round trip). */
  async provinces(
    filter: { asOf: HistoricalDate | null; basis: Basis; certainty: Certainty; kind: string | null; ids: readonly string[] | null },
    window: PageWindow,
    include: ProvinceIncludes = NOTHING_INCLUDED,
  ): Promise<ConnectionRecord<ProvinceRecord> & { included: IncludedRecords }> {
    const [row] = await this.db.read<{ total: number; records: ProvinceRecord[]; included: IncludedRecords }>(provincesPage(include, filter.basis, filter.certainty), {
      day: firstDay(filter.asOf),
      kind: filter.kind,
      ids: filter.ids,
      censusScope: censusScope(filter.basis, filter.certainty, filter.kind),
      ...windowParams(window),
    });
    return { totalCount: row!.total, offset: window.offset, items: row!.records, included: row!.included };
  }

  offices(
    filter: { asOf: HistoricalDate | null; basis: Basis; kind: string | null; province: string | null },
    window: PageWindow,
  ): Promise<ConnectionRecord<OfficeRecord>> {
    return this.page(officesPage(filter.basis), window, { day: firstDay(filter.asOf), kind: filter.kind, province: filter.province });
  }

  people(filter: { ids: readonly string[] | null }, window: PageWindow): Promise<ConnectionRecord<PersonRecord>> {
    return this.page(PEOPLE_PAGE, window, { ids: filter.ids });
  }

  changes(
    filter: DateRange & { kinds: readonly string[] | null; province: string | null },
    window: PageWindow,
  ): Promise<ConnectionRecord<ChangeRecord>> {
    return this.page(CHANGES_PAGE, window, { ...range(filter), kinds: filter.kinds, province: filter.province });
  }

  events(
    filter: DateRange & { kinds: readonly string[] | null; subject: string | null },
    window: PageWindow,
  ): Promise<ConnectionRecord<EventRecord>> {
    return this.page(EVENTS_PAGE, window, { ...range(filter), kinds: filter.kinds, subject: filter.subject });
  }

  private async page<T>(cypher: string, window: PageWindow, params: Params): Promise<ConnectionRecord<T>> {
    const [row] = await this.db.read<{ total: number; records: T[] }>(cypher, { ...params, ...windowParams(window) });
    return { totalCount: row?.total ?? 0, offset: window.offset, items: row?.records ?? [] };
  }
}

const NOTHING_INCLUDED: ProvinceIncludes = { sources: false, offices: false, tenures: false, people: false };

const windowParams = (window: PageWindow) => ({ skip: neo4jInt(window.offset), limit: neo4jInt(window.limit) });

// `asOf: "2000"` means 2000-01-01 (the SDL's CalendarDate contract).
const firstDay = (date: HistoricalDate | null) => (date ? neo4jDate(date.earliest) : null);
// `from` starts at the first day of a partial date, `to` ends at its last.
const range = ({ from, to }: DateRange) => ({
  from: from ? neo4jDate(from.earliest) : null,
  to: to ? neo4jDate(to.latest) : null,
});
