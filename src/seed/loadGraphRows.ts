import { createHash, type Hash } from 'node:crypto';
import {
  DELETE_STALE_NODES,
  DELETE_STALE_RELATIONSHIPS,
  mergeNodes,
  mergeRelationships,
  RECORD_LOAD,
} from '../cypher/seedQueries.js';
import type { Database } from '../db/Database.js';
import { dropUnitCensus, rebuildUnitCensus } from './rebuildUnitCensus.js';
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

/**
 * Batches in flight at once. One batch at a time leaves a core idle on a small machine: while
 * Neo4j executes and commits one batch, the driver can pack the next. Node batches never touch the
 * same node twice; relationship batches may share an endpoint (a Source cited by many records),
 * and a deadlock between two of them is a transient error that the driver's managed transaction
 * retries. Measured on 2 cores (bench/): 3 in flight loads about 30% faster than 1.
 */
const BATCHES_IN_FLIGHT = 4;

/** Writes the rows in batched transactions (UNWIND … MERGE), then removes what is stale. */
export async function loadGraphRows(db: Database, rows: GraphRows, options: LoadOptions): Promise<LoadReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 1000;
  const stamp = stampOf(rows);
  const common = { dataset: options.dataset, stamp };
  let batches = 0;
  let written = 0;
  const slices = (cypher: string, all: readonly unknown[]) =>
    Array.from({ length: Math.ceil(all.length / batchSize) }, (_, i) => ({ cypher, rows: all.slice(i * batchSize, (i + 1) * batchSize) }));
  const commitAll = (work: ReadonlyArray<{ cypher: string; rows: unknown[] }>) =>
    inParallel(work, BATCHES_IN_FLIGHT, async ({ cypher, rows: slice }) => {
      await db.write(cypher, { ...common, rows: slice });
      batches += 1;
      written += slice.length;
      options.onBatch?.({ batches, rows: written });
    });

  await dropUnitCensus(db);
  // Every node before any relationship: a relationship batch finds both of its ends.
  await commitAll(
    rows.nodes.flatMap((batch) => {
      return slices(mergeNodes(batch.label, [...batch.dateKeys]), batch.rows);
    }),
  );
  await commitAll(rows.relationships.flatMap((batch) => slices(mergeRelationships(batch.type), batch.rows)));
  // CALL { … } IN TRANSACTIONS must run in an implicit (auto-commit) transaction.
  await db.autoCommit(DELETE_STALE_RELATIONSHIPS, common);
  await db.autoCommit(DELETE_STALE_NODES, common);

  const nodes = rows.nodes.reduce((sum, b) => sum + b.rows.length, 0);
  const relationships = rows.relationships.reduce((sum, b) => sum + b.rows.length, 0);
  await rebuildUnitCensus(db);
  await db.write(RECORD_LOAD, { ...common, nodes, relationships });
  return { nodes, relationships, batches, stamp, seconds: (performance.now() - started) / 1000 };
}

/**
 * Runs `work` on every item with at most `limit` running at once. After a failure no new item
 * starts, and the error is thrown once the running ones have settled, so a failed load never
 * keeps writing behind its caller's back.
 */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

/**
 * A fingerprint of the rows: the same files always load with the same stamp. It is the SHA-256 of
 * JSON.stringify(rows), but fed to the hash row by row: the JSON of a 10^6-node load is longer
 * than the longest string V8 can hold (about 5 × 10^8 characters).
 */
export function stampOf(rows: GraphRows): string {
  const hash = createHash('sha256');
  writeJson(hash, rows, 0);
  return hash.digest('hex').slice(0, 16);
}

const replacer = (_key: string, value: unknown) => (typeof value === 'bigint' ? String(value) : value);

/**
 * Writes exactly the text JSON.stringify(value, replacer) would produce, recursing through the
 * containers of GraphRows (rows → batches → rows) and leaving each row to JSON.stringify.
 */
function writeJson(hash: Hash, value: unknown, depth: number): void {
  const plain = replacer('', value);
  if (depth >= 4 || plain === null || typeof plain !== 'object' || typeof (plain as { toJSON?: unknown }).toJSON === 'function') {
    hash.update(JSON.stringify(plain, replacer) ?? 'null');
    return;
  }
  if (Array.isArray(plain)) {
    hash.update('[');
    plain.forEach((item, i) => {
      if (i > 0) hash.update(',');
      writeJson(hash, item, depth + 1);
    });
    hash.update(']');
    return;
  }
  hash.update('{');
  let first = true;
  for (const [key, item] of Object.entries(plain)) {
    const inner = replacer(key, item);
    if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue;
    hash.update(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    writeJson(hash, inner, depth + 1);
  }
  hash.update('}');
}
