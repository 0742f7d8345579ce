import DataLoader from 'dataloader';
import type { NodeType } from '../graphql/globalId.js';
import type {
  ChangeRecord,
  EntityRecord,
  EventRecord,
  OfficeRecord,
  PersonRecord,
  ProvinceRecord,
  SourceRecord,
  TenureRecord,
} from '../repositories/records.js';
import type { Repositories } from '../repositories/createRepositories.js';
import { TypedLoader } from './TypedLoader.js';

/**
 * Fresh DataLoaders for one request: lookups made while resolving one level of a query are
 * batched into one repository call (one Cypher round trip), and their caches never outlive it.
 */
export function createLoaders(repositories: Repositories) {
  const { entities } = repositories;
  const entity = new DataLoader<string, EntityRecord | null>((ids) => entities.anyByIds(ids));
  const byId = <T extends EntityRecord>(type: NodeType) => new TypedLoader<T>(entity, type);
  const grouped = <T>(fetch: (ids: readonly string[]) => Promise<T[][]>) => new DataLoader<string, T[]>(fetch);

  return {
    entity,
    province: byId<ProvinceRecord>('Province'),
    change: byId<ChangeRecord>('Change'),
    office: byId<OfficeRecord>('Office'),
    person: byId<PersonRecord>('Person'),
    tenure: byId<TenureRecord>('Tenure'),
    event: byId<EventRecord>('Event'),
    source: byId<SourceRecord>('Source'),
    citations: grouped(entities.citations),
    disputes: grouped(entities.disputes),
    officesByProvince: grouped(entities.officesByProvince),
    tenuresByPlace: grouped(entities.tenuresByPlace),
    tenuresByPerson: grouped(entities.tenuresByPerson),
    changesByProvince: grouped(entities.changesByProvince),
    predecessors: grouped(entities.predecessors),
    successors: grouped(entities.successors),
    eventsBySubject: grouped(entities.eventsBySubject),
    timelineFacts: new DataLoader((ids: readonly string[]) => entities.timelineFacts(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
