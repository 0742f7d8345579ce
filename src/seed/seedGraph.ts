import { lastLoad, SEEDS_DATASET } from '../cypher/seedQueries.js';
import type { Database } from '../db/Database.js';
import { ensureGraphSchema } from './ensureGraphSchema.js';
import { loadGraphRows, type LoadOptions, type LoadReport } from './loadGraphRows.js';
import { readSeeds, DEFAULT_SEEDS_DIR } from './readSeeds.js';
import { stampOf } from './stampOf.js';
import { toGraphRows } from './toGraphRows.js';

export { SEEDS_DATASET };

/** `npm run seed`: validate everything, then load it (a no-op in effect when nothing changed). */
export async function seedGraph(
  db: Database,
  options: { seedsDir?: string; onBatch?: LoadOptions['onBatch'] } = {},
): Promise<LoadReport> {
  const rows = toGraphRows(readSeeds(options.seedsDir ?? DEFAULT_SEEDS_DIR));
  await ensureGraphSchema(db);
  return loadGraphRows(db, rows, { dataset: SEEDS_DATASET, ...(options.onBatch ? { onBatch: options.onBatch } : {}) });
}

/** Whether the graph holds the seeds as they are on disk now: 'empty', 'current' or 'outdated'. */
export async function seedState(db: Database, seedsDir = DEFAULT_SEEDS_DIR): Promise<'empty' | 'current' | 'outdated'> {
  const [row] = await db.read<{ stamp: string | null }>(lastLoad(SEEDS_DATASET));
  if (!row?.stamp) return 'empty';
  return row.stamp === stampOf(toGraphRows(readSeeds(seedsDir))) ? 'current' : 'outdated';
}
