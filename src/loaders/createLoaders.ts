import type { NodeType } from '../model/NodeType.js';
import type { RecordFields } from '../model/RecordFields.js';
import type {
  ChangeRecord,
  EntityRecord,
  EventRecord,
  IncludedRecords,
  OfficeRecord,
  PersonRecord,
  ProvinceRecord,
  SourceRecord,
  TenureRecord,
} from '../repositories/records.js';
import type { Repositories } from '../repositories/createRepositories.js';
import { RequestLoader } from './RequestLoader.js';
import { TypedLoader } from './TypedLoader.js';

/**
 * Fresh DataLoaders for one request: lookups made while resolving one level of a query are
 * batched into one repository call (one Cypher round trip), and their caches never outlive it.
 * Records are fetched with the request's record fields (`records.fields`, read when a batch is
 * sent): the same keys in every statement of the request, so whichever statement brought a record
 * into a cache, it has every key the operation reads.
 */
export function createLoaders(repositories: Repositories, records: { readonly fields: RecordFields }) {
  const { entities } = repositories;
  const entity = new RequestLoader<string, EntityRecord | null>((ids) => entities.anyByIds(ids, records.fields));
  const byId = <T extends EntityRecord>(type: NodeType) => new TypedLoader<T>(entity, type);
  const grouped = <T>(fetch: (ids: readonly string[]) => Promise<T[][]>) => new RequestLoader<string, T[]>(fetch);
  /** A grouped loader of entity records, fetched with the request's record fields. */
  const groupedRecords = <T>(fetch: (ids: readonly string[], fields: RecordFields) => Promise<T[][]>) =>
    grouped((ids) => fetch(ids, records.fields));
  const citations = groupedRecords(entities.citations);
  const officesByProvince = groupedRecords(entities.officesByProvince);
  const tenuresByPlace = groupedRecords(entities.tenuresByPlace);
  /**
   * Keeps records that a query brought back along the way (a lineage's units, a path's nodes, a
   * page's offices): the fields that load them later in the request then cost no round trip.
   */
  const remember = (records: Iterable<EntityRecord>) => {
    for (const record of records) entity.prime(record.id, record);
  };

  /** Keeps what a page query fetched for its items' nested fields, groups and records alike. */
  const rememberIncluded = (included: IncludedRecords) => {
    for (const { owner, sources } of included.citations) citations.prime(owner, [...sources]);
    for (const { owner, records } of included.offices) officesByProvince.prime(owner, [...records]);
    for (const { owner, records } of included.tenures) tenuresByPlace.prime(owner, [...records]);
    remember(included.offices.flatMap((group) => group.records));
    remember(included.tenures.flatMap((group) => group.records));
    remember(included.people);
  };

  return {
    entity,
    remember,
    rememberIncluded,
    province: byId<ProvinceRecord>('Province'),
    change: byId<ChangeRecord>('Change'),
    office: byId<OfficeRecord>('Office'),
    person: byId<PersonRecord>('Person'),
    tenure: byId<TenureRecord>('Tenure'),
    event: byId<EventRecord>('Event'),
    source: byId<SourceRecord>('Source'),
    disputes: groupedRecords(entities.disputes),
    externalIds: groupedRecords(entities.externalIds),
    officesByProvince,
    tenuresByPlace,
    tenuresByPerson: groupedRecords(entities.tenuresByPerson),
    changesByProvince: groupedRecords(entities.changesByProvince),
    predecessors: groupedRecords(entities.predecessors),
    successors: groupedRecords(entities.successors),
    flowsInto: grouped(entities.flowsInto),
    flowsOutOf: grouped(entities.flowsOutOf),
    eventsBySubject: groupedRecords(entities.eventsBySubject),
    citations,
    // A timeline's one query brings back every record and citation its entries show: keep them.
    timelineFacts: new RequestLoader(async (ids: readonly string[]) => {
      const found = await entities.timelineFacts(ids, records.fields);
      for (const facts of found) {
        if (!facts) continue;
        remember([facts.subject, ...facts.changes, ...facts.offices, ...facts.tenures, ...facts.events, ...facts.related]);
        const sources = new Map(facts.sources.map((source) => [source.id, source]));
        const citesOf = new Map(facts.citations);
        for (const id of facts.cited) {
          citations.prime(
            id,
            (citesOf.get(id) ?? []).map((cite) =>
              typeof cite === 'string' ? sources.get(cite)! : { ...sources.get(cite.id)!, quote: cite.quote },
            ),
          );
        }
      }
      return found;
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
