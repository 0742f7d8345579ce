import { NODE_TYPES, type NodeType } from './NodeType.js';

// What one request's statements fetch of each record type (src/repositories/records.ts): the keys
// the operation can read anywhere, computed once per parsed operation (src/graphql/
// recordFieldsOf.ts) and handed to every statement of the request, so all records of a type in
// one request have the same keys and a loader's cache never serves a record missing a key that
// another selection of the same operation reads.

/** Per type, the record keys to fetch (`id` always among them), or null for the whole record. */
export type RecordFields = Readonly<Record<NodeType, ReadonlySet<string> | null>>;

/** Whole records of every type: exports, timelines, and any request whose operation is not known. */
export const WHOLE_RECORDS: RecordFields = Object.freeze(
  Object.fromEntries(NODE_TYPES.map((type) => [type, null])) as Record<NodeType, null>,
);
