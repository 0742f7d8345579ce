import type { Context } from '../context.js';
import { toGlobalId } from '../graphql/globalId.js';
import type { NodeType } from '../model/NodeType.js';
import { toEnum } from '../graphql/toEnum.js';
import type { Confidence } from '../generated/graphql.js';

/** The fields every entity type shares: Relay id, slug, confidence, sources, disputes. */
export function entityFields(type: NodeType) {
  return {
    id: (record: { id: string }) => toGlobalId(type, record.id),
    slug: (record: { id: string }) => record.id,
    confidence: (record: { confidence: string }) => toEnum<Confidence>(record.confidence),
    sources: (record: { id: string }, _args: unknown, { loaders }: Context) => loaders.citations.load(record.id),
    disputes: (record: { id: string }, _args: unknown, { loaders }: Context) => loaders.disputes.load(record.id),
  };
}
