import type { NodeType } from '../model/NodeType.js';

/**
 * Statements whose records are all of one type leave `__typename` out of their projections
 * (src/cypher/projections.ts): Neo4j would send the same word with every record, a third of the
 * bytes of a page that shows little more than ids. It is added here, to the fresh objects the
 * database layer returned, before any loader or resolver sees them.
 */
export function typed<T>(type: NodeType, records: readonly T[]): T[] {
  for (const record of records) (record as { __typename?: string }).__typename = type;
  return records as T[];
}
