import {
  createNodes,
  createRelationships,
  deleteStaleNodes,
  deleteStaleRelationships,
  existingIds,
  mergeNodes,
  mergeRelationships,
  recordLoad,
  type LoadMark,
} from '../cypher/seedQueries.js';
import type { Database } from '../db/Database.js';
import { dropUnitCensus, rebuildUnitCensus } from './rebuildUnitCensus.js';
import { stampOf } from './stampOf.js';
import type { GraphRows, NodeBatch, RelationshipBatch } from './toGraphRows.js';

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
  /** Of `nodes`, how many were not in the graph before and took the CREATE path. */
  readonly createdNodes: number;
  /** Of `relationships`, how many had a newly created end and took the CREATE path. */
  readonly createdRelationships: number;
  readonly batches: number;
  readonly seconds: number;
  readonly stamp: string;
}

/**
 * Batches in flight at once. One batch at a time leaves a core idle on a small machine: while
 * Neo4j executes and commits one batch, the driver can pack the next. Node batches never touch the
 * same node twice; relationship batches may share an endpoint (a Source cited by many records),
 * and a deadlock between two of them is a transient error that the driver's managed transaction
 * retries. Measured on 2 cores (bench/): 3 in flight loaded about 30% faster than 1. The value
 * used is 4; no measurement of 4 against 3 is recorded.
 */
const BATCHES_IN_FLIGHT = 4;

type NodeRow = NodeBatch['rows'][number];
type RelationshipRow = RelationshipBatch['rows'][number];

/**
 * Writes the rows in batched transactions, then removes what is stale. Each node batch first asks
 * which of its ids exist: those rows MERGE, the rest CREATE, and a relationship with an end created
 * by this load CREATEs too (it cannot exist yet). A re-run after an interruption finds the nodes of
 * the first attempt and MERGEs them, so it duplicates nothing.
 */
export async function loadGraphRows(db: Database, rows: GraphRows, options: LoadOptions): Promise<LoadReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 1000;
  const stamp = stampOf(rows);
  const mark: LoadMark = { dataset: options.dataset, stamp };
  const createdIds = new Set<string>();
  let batches = 0;
  let written = 0;
  const slices = <T>(all: readonly T[]) =>
    Array.from({ length: Math.ceil(all.length / batchSize) }, (_, i) => all.slice(i * batchSize, (i + 1) * batchSize));
  const committed = (count: number) => {
    batches += 1;
    written += count;
    options.onBatch?.({ batches, rows: written });
  };

  const writeNodes = async (batch: NodeBatch, slice: NodeRow[]) => {
    let created: string[] = [];
    await db.writeTransaction(async (tx) => {
      const [found] = await tx.run<{ ids: string[] }>(
        existingIds(
          batch.label,
          slice.map((row) => row.id),
        ),
      );
      const existing = new Set<string>(found?.ids ?? []);
      const fresh = slice.filter((row) => !existing.has(row.id));
      const known = slice.filter((row) => existing.has(row.id));
      const dateKeys = [...batch.dateKeys];
      if (fresh.length > 0)
        await tx.run(
          createNodes(
            batch.label,
            dateKeys,
            fresh.map((row) => row.props),
            mark,
          ),
        );
      if (known.length > 0)
        await tx.run(
          mergeNodes(
            batch.label,
            dateKeys,
            known.map((row) => row.props),
            mark,
          ),
        );
      created = fresh.map((row) => row.id);
    });
    for (const id of created) createdIds.add(id);
    committed(slice.length);
  };

  await dropUnitCensus(db);
  // Every node before any relationship: a relationship batch finds both of its ends.
  await inParallel(
    rows.nodes.flatMap((batch) => slices(lastOfEach(batch.rows, (row) => row.id)).map((slice) => ({ batch, slice }))),
    BATCHES_IN_FLIGHT,
    ({ batch, slice }) => writeNodes(batch, slice),
  );

  let createdRelationships = 0;
  const relationshipWork = rows.relationships.flatMap((batch) => {
    // Two rows for one relationship (a subject listed twice) are one relationship, as MERGE makes them.
    const unique = lastOfEach(batch.rows, (row) => `${row.from}\u0000${row.to}\u0000${row.key}`);
    const isNew = (row: RelationshipRow) => createdIds.has(row.from) || createdIds.has(row.to);
    const fresh = unique.filter(isNew);
    createdRelationships += fresh.length;
    return [
      ...slices(fresh).map((slice) => createRelationships(batch.type, slice, mark)),
      ...slices(unique.filter((row) => !isNew(row))).map((slice) => mergeRelationships(batch.type, slice, mark)),
    ];
  });
  await inParallel(relationshipWork, BATCHES_IN_FLIGHT, async (statement) => {
    await db.write(statement);
    committed((statement.params.rows as readonly unknown[]).length);
  });
  // CALL { … } IN TRANSACTIONS must run in an implicit (auto-commit) transaction.
  await db.autoCommit(deleteStaleRelationships(mark));
  await db.autoCommit(deleteStaleNodes(mark));

  const nodes = rows.nodes.reduce((sum, b) => sum + b.rows.length, 0);
  const relationships = rows.relationships.reduce((sum, b) => sum + b.rows.length, 0);
  await rebuildUnitCensus(db);
  await db.write(recordLoad(mark, { nodes, relationships }));
  return {
    nodes,
    relationships,
    createdNodes: createdIds.size,
    createdRelationships,
    batches,
    stamp,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The rows with distinct keys, the last row of a key winning, as the last SET of a MERGE would. */
function lastOfEach<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  const last = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    last.delete(key);
    last.set(key, row);
  }
  return last.size === rows.length ? [...rows] : [...last.values()];
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
