import type { EntityRecord, EntityRef } from '../repositories/records.js';
import type { Loaders } from './createLoaders.js';
import { allLoaded, whenLoaded, type Loaded } from './RequestLoader.js';

const LOADER_OF = {
  Province: 'province',
  Change: 'change',
  Office: 'office',
  Person: 'person',
  Tenure: 'tenure',
  Event: 'event',
  Source: 'source',
} as const;

/** Loads an entity whose type is known (an event subject, a path node, a search hit). */
export function loadEntity(loaders: Loaders, ref: EntityRef): Loaded<EntityRecord | null> {
  return (loaders[LOADER_OF[ref.type]] as { load(id: string): Loaded<EntityRecord | null> }).load(ref.id);
}

/** Loads several, dropping any that vanished between two queries. */
export function loadEntities(loaders: Loaders, refs: readonly EntityRef[]): Loaded<EntityRecord[]> {
  return whenLoaded(allLoaded(refs.map((ref) => loadEntity(loaders, ref))), (records) =>
    records.filter((record): record is EntityRecord => record !== null),
  );
}
