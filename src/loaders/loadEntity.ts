import type { EntityRecord, EntityRef } from '../repositories/records.js';
import type { Loaders } from './createLoaders.js';

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
export function loadEntity(loaders: Loaders, ref: EntityRef): Promise<EntityRecord | null> {
  return (loaders[LOADER_OF[ref.type]] as { load(id: string): Promise<EntityRecord | null> }).load(ref.id);
}

/** Loads several, dropping any that vanished between two queries. */
export async function loadEntities(loaders: Loaders, refs: readonly EntityRef[]): Promise<EntityRecord[]> {
  const records = await Promise.all(refs.map((ref) => loadEntity(loaders, ref)));
  return records.filter((record): record is EntityRecord => record !== null);
}
