import {
  CHANGES_BY_PROVINCE,
  CITATIONS_BY_OWNER,
  DISPUTES_BY_OWNER,
  ENTITIES_BY_IDS,
  EXTERNAL_IDS_BY_OWNER,
  EVENTS_BY_SUBJECT,
  OFFICES_BY_PROVINCE,
  PREDECESSORS_BY_PROVINCE,
  SUCCESSORS_BY_PROVINCE,
  TENURES_BY_PERSON,
  TENURES_BY_PLACE,
} from '../cypher/entityQueries.js';
import { TIMELINE_FACTS } from '../cypher/timelineQueries.js';
import type { Database } from '../db/Database.js';
import { groupByOwner } from './groupByOwner.js';
import type {
  ChangeRecord,
  DisputeRecord,
  EntityRecord,
  EventRecord,
  ExternalIdRecord,
  OfficeRecord,
  ProvinceRecord,
  SourceRecord,
  TenureRecord,
  TimelineFactsRecord,
} from './records.js';

type Grouped<T> = Promise<T[][]>;

/**
 * Batch reads of entities and of what hangs off them. Every method takes many ids and makes one
 * round trip, answering in the order of the ids: the shape DataLoader batch functions need.
 */
export class EntityRepository {
  constructor(private readonly db: Database) {}

  async anyByIds(ids: readonly string[]): Promise<Array<EntityRecord | null>> {
    const rows = await this.db.read<{ record: EntityRecord }>(ENTITIES_BY_IDS, { ids });
    const byId = new Map(rows.map(({ record }) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  citations = (ids: readonly string[]): Grouped<SourceRecord> => this.grouped(CITATIONS_BY_OWNER, ids);
  disputes = (ids: readonly string[]): Grouped<DisputeRecord> => this.grouped(DISPUTES_BY_OWNER, ids);
  externalIds = (ids: readonly string[]): Grouped<ExternalIdRecord> => this.grouped(EXTERNAL_IDS_BY_OWNER, ids);
  officesByProvince = (ids: readonly string[]): Grouped<OfficeRecord> => this.grouped(OFFICES_BY_PROVINCE, ids);
  tenuresByPlace = (ids: readonly string[]): Grouped<TenureRecord> => this.grouped(TENURES_BY_PLACE, ids);
  tenuresByPerson = (ids: readonly string[]): Grouped<TenureRecord> => this.grouped(TENURES_BY_PERSON, ids);
  changesByProvince = (ids: readonly string[]): Grouped<ChangeRecord> => this.grouped(CHANGES_BY_PROVINCE, ids);
  predecessors = (ids: readonly string[]): Grouped<ProvinceRecord> => this.grouped(PREDECESSORS_BY_PROVINCE, ids);
  successors = (ids: readonly string[]): Grouped<ProvinceRecord> => this.grouped(SUCCESSORS_BY_PROVINCE, ids);
  eventsBySubject = (ids: readonly string[]): Grouped<EventRecord> => this.grouped(EVENTS_BY_SUBJECT, ids);

  async timelineFacts(ids: readonly string[]): Promise<Array<TimelineFactsRecord | null>> {
    const rows = await this.db.read<{ owner: string; record: TimelineFactsRecord }>(TIMELINE_FACTS, { ids });
    const byId = new Map(rows.map(({ owner, record }) => [owner, record]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async grouped<T>(cypher: string, ids: readonly string[]): Grouped<T> {
    const rows = await this.db.read<{ owner: string; record: T }>(cypher, { ids });
    return groupByOwner(ids, rows);
  }
}
