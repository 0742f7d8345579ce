import type { NodeType } from '../model/NodeType.js';
import type { EntityRecord } from '../repositories/records.js';
import { whenLoaded, type Loaded, type RequestLoader } from './RequestLoader.js';

/**
 * A view of the one entity loader for a single type: `province.load(id)` answers a Province or
 * null (an id of another type is, for this question, no province). All types share one batch, so
 * looking up a province, a person and an event in the same tick costs one round trip.
 */
export class TypedLoader<T extends EntityRecord> {
  constructor(
    private readonly entities: RequestLoader<string, EntityRecord | null>,
    private readonly type: NodeType,
  ) {}

  load(id: string): Loaded<T | null> {
    return whenLoaded(this.entities.load(id), (record) => (record?.__typename === this.type ? (record as T) : null));
  }

  async loadMany(ids: readonly string[]): Promise<Array<T | null>> {
    return Promise.all(ids.map((id) => this.load(id)));
  }
}
