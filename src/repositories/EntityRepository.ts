import {
  changesByProvince,
  citationsByOwner,
  disputesByOwner,
  entitiesByIds,
  externalIdsByOwner,
  eventsBySubject,
  flowsInto,
  flowsOutOf,
  officesByProvince,
  predecessorsByProvince,
  successorsByProvince,
  tenuresByPerson,
  tenuresByPlace,
} from '../cypher/entityQueries.js';
import { provincesNamed } from '../cypher/nameQueries.js';
import type { Statement } from '../cypher/Statement.js';
import { timelineFacts } from '../cypher/timelineQueries.js';
import type { Database } from '../db/Database.js';
import type { RecordFields } from '../model/RecordFields.js';
import { groupByOwner } from './groupByOwner.js';
import { typed } from './typed.js';
import type { NodeType } from '../model/NodeType.js';
import type {
  ChangeRecord,
  DisputeRecord,
  EntityRecord,
  EventRecord,
  ExternalIdRecord,
  FlowRecord,
  OfficeRecord,
  ProvinceRecord,
  SourceRecord,
  TenureRecord,
  TimelineFactsRecord,
} from './records.js';

type Grouped<T> = Promise<T[][]>;

/**
 * Batch reads of entities and of what hangs off them. Every method takes many ids and makes one
 * round trip, answering in the order of the ids: the shape DataLoader batch functions need. Those
 * that return entity records fetch the keys `fields` names (the request's, src/model/RecordFields.ts).
 */
export class EntityRepository {
  constructor(private readonly db: Database) {}

  async anyByIds(ids: readonly string[], fields: RecordFields): Promise<Array<EntityRecord | null>> {
    const rows = await this.db.read<{ record: EntityRecord }>(entitiesByIds(ids, fields));
    const byId = new Map(rows.map(({ record }) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  citations = (ids: readonly string[], fields: RecordFields): Grouped<SourceRecord> => this.grouped(citationsByOwner(ids, fields), ids);
  disputes = (ids: readonly string[], fields: RecordFields): Grouped<DisputeRecord> => this.grouped(disputesByOwner(ids, fields), ids);
  externalIds = (ids: readonly string[], fields: RecordFields): Grouped<ExternalIdRecord> =>
    this.grouped(externalIdsByOwner(ids, fields), ids);
  officesByProvince = (ids: readonly string[], fields: RecordFields): Grouped<OfficeRecord> =>
    this.grouped(officesByProvince(ids, fields), ids, 'Office');
  tenuresByPlace = (ids: readonly string[], fields: RecordFields): Grouped<TenureRecord> =>
    this.grouped(tenuresByPlace(ids, fields), ids, 'Tenure');
  tenuresByPerson = (ids: readonly string[], fields: RecordFields): Grouped<TenureRecord> =>
    this.grouped(tenuresByPerson(ids, fields), ids, 'Tenure');
  changesByProvince = (ids: readonly string[], fields: RecordFields): Grouped<ChangeRecord> =>
    this.grouped(changesByProvince(ids, fields), ids, 'Change');
  predecessors = (ids: readonly string[], fields: RecordFields): Grouped<ProvinceRecord> =>
    this.grouped(predecessorsByProvince(ids, fields), ids, 'Province');
  successors = (ids: readonly string[], fields: RecordFields): Grouped<ProvinceRecord> =>
    this.grouped(successorsByProvince(ids, fields), ids, 'Province');
  flowsInto = (ids: readonly string[]): Grouped<FlowRecord> => this.grouped(flowsInto(ids), ids);
  flowsOutOf = (ids: readonly string[]): Grouped<FlowRecord> => this.grouped(flowsOutOf(ids), ids);
  eventsBySubject = (ids: readonly string[], fields: RecordFields): Grouped<EventRecord> =>
    this.grouped(eventsBySubject(ids, fields), ids, 'Event');

  /** Provinces that bore a (folded) name, oldest first, with their DEFINITE spans by basis. */
  provincesNamed(folded: string): Promise<Array<{ record: ProvinceRecord; spans: Record<string, string | null> }>> {
    return this.db.read(provincesNamed(folded));
  }

  async timelineFacts(ids: readonly string[], fields: RecordFields): Promise<Array<TimelineFactsRecord | null>> {
    const rows = await this.db.read<{ owner: string; record: Omit<TimelineFactsRecord, 'cited'> }>(timelineFacts(ids, fields));
    const byId = new Map(
      rows.map(({ owner, record }) => {
        const { subject, changes, offices, tenures, events, sources } = record;
        typed('Change', changes);
        typed('Office', offices);
        typed('Tenure', tenures);
        typed('Event', events);
        typed('Source', sources);
        // The subject and every fact the statement found: what the entries cite.
        const cited = [subject, ...changes, ...offices, ...tenures, ...events].map((fact) => fact.id);
        return [owner, { ...record, cited }];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Rows grouped by owner; `type`: the records are entities of that one type, sent without it. */
  private async grouped<T>(statement: Statement, ids: readonly string[], type?: NodeType): Grouped<T> {
    const rows = await this.db.read<{ owner: string; record: T }>(statement);
    if (type)
      typed(
        type,
        rows.map(({ record }) => record),
      );
    return groupByOwner(ids, rows);
  }
}
