import { createHash } from 'node:crypto';
import {
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  mergeNodes,
  mergeRelationships,
  RECORD_LOAD,
} from '../cypher/seedQueries.js';
import type { Database } from '../db/Database.js';
import type { GraphRows } from './toGraphRows.js';

export interface LoadOptions {
  /** Which dataset these rows are ("seeds", or a synthetic one): stale cleanup stays inside it. */
  readonly dataset: string;
  readonly batchSize?: number;
  /** Called after each committed batch; tests throw from it to simulate a load killed midway. */
  readonly onBatch?: (done: { batches: number; rows: number }) => void;
}

export interface LoadReport {
  readonly nodes: number;
  readonly relationships: number;
  readonly batches: number;
  readonly seconds: number;
  readonly stamp: string;
}

/** Writes the rows in batched transactions (UNWIND … MERGE), then removes what is stale. */
export async function loadGraphRows(db: Database, rows: GraphRows, options: LoadOptions): Promise<LoadReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 1000;
  const stamp = stampOf(rows);
  const common = { dataset: options.dataset, stamp };
  let batches = 0;
  let written = 0;
  const commit = async (cypher: string, all: unknown[]) => {
    for (let i = 0; i < all.length; i += batchSize) {
      const slice = all.slice(i, i + batchSize);
      await db.write(cypher, { ...common, rows: slice });
      batches += 1;
      written += slice.length;
      options.onBatch?.({ batches, rows: written });
    }
  };

  for (const batch of rows.nodes) await commit(mergeNodes(batch.label), batch.rows);
  for (const batch of rows.relationships) await commit(mergeRelationships(batch.type), batch.rows);
  // CALL { … } IN TRANSACTIONS must run in an implicit (auto-commit) transaction.
  await db.autoCommit(DELETE_STALE_RELATIONSHIPS, common);
  await db.autoCommit(DELETE_STALE_NODES, common);

  const nodes = rows.nodes.reduce((sum, b) => sum + b.rows.length, 0);
  const relationships = rows.relationships.reduce((sum, b) => sum + b.rows.length, 0);
  await db.write(RECORD_LOAD, { ...common, nodes, relationships });
  return { nodes, relationships, batches, stamp, seconds: (performance.now() - started) / 1000 };
}

/** A fingerprint of the rows: the same files always load with the same stamp. */
export function stampOf(rows: GraphRows): string {
  return createHash('sha256')
    .update(JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)))
    .digest('hex')
    .slice(0, 16);
}
