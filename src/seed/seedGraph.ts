import { beginLoad, endLoad, lastLoad, loadInProgress, SEEDS_DATASET } from '../cypher/seedQueries.js';
import type { Database } from '../db/Database.js';
import { ensureGraphSchema } from './ensureGraphSchema.js';
import { loadGraphRows, type LoadOptions, type LoadReport } from './loadGraphRows.js';
import { officeCoverage } from './officeCoverage.js';
import { readSeeds, DEFAULT_SEEDS_DIR } from './readSeeds.js';
import { stampOf } from './stampOf.js';
import { toGraphRows } from './toGraphRows.js';
import { writeOfficeCoverage } from './writeOfficeCoverage.js';

export { SEEDS_DATASET };

/** `npm run seed`: validate everything, then load it (a no-op in effect when nothing changed). */
export async function seedGraph(db: Database, options: { seedsDir?: string; onBatch?: LoadOptions['onBatch'] } = {}): Promise<LoadReport> {
  const dataset = readSeeds(options.seedsDir ?? DEFAULT_SEEDS_DIR);
  await ensureGraphSchema(db);
  await db.write(beginLoad(SEEDS_DATASET));
  const report = await loadGraphRows(db, toGraphRows(dataset), {
    dataset: SEEDS_DATASET,
    ...(options.onBatch ? { onBatch: options.onBatch } : {}),
  });
  // After the records it counts, so `about` never reports coverage of units the graph lacks.
  await writeOfficeCoverage(db, SEEDS_DATASET, officeCoverage(dataset));
  // Not in a `finally`: a load that failed midway must stay marked as incomplete.
  await db.write(endLoad(SEEDS_DATASET));
  return report;
}

/** When the seed load that is running, or was killed, began; null when the last load finished. */
export async function seedLoadInProgress(db: Database): Promise<string | null> {
  const [row] = await db.read<{ since: string | null }>(loadInProgress(SEEDS_DATASET));
  return row?.since ?? null;
}

/**
 * Whether the graph holds the seeds as they are on disk now: 'empty', 'current' or 'outdated', or
 * 'incomplete' when a load began and never finished (killed midway).
 */
export async function seedState(db: Database, seedsDir = DEFAULT_SEEDS_DIR): Promise<'empty' | 'current' | 'outdated' | 'incomplete'> {
  if (await seedLoadInProgress(db)) return 'incomplete';
  const [row] = await db.read<{ stamp: string | null }>(lastLoad(SEEDS_DATASET));
  if (!row?.stamp) return 'empty';
  return row.stamp === stampOf(toGraphRows(readSeeds(seedsDir))) ? 'current' : 'outdated';
}
