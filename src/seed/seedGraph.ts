import { lastLoad, SEEDS_DATASET } from '../cypher/seedQueries.js';
import type { Database } from '../db/Database.js';
import { ensureGraphSchema } from './ensureGraphSchema.js';
import { loadGraphRows, stampOf, type LoadOptions, type LoadReport } from './loadGraphRows.js';
import { officeCoverage } from './officeCoverage.js';
import { readSeeds, DEFAULT_SEEDS_DIR } from './readSeeds.js';
import { toGraphRows } from './toGraphRows.js';
import { writeOfficeCoverage } from './writeOfficeCoverage.js';

export { SEEDS_DATASET };

/** `npm run seed`: validate everything, then load it (a no-op in effect when nothing changed). */
export async function seedGraph(
  db: Database,
  options: { seedsDir?: string; onBatch?: LoadOptions['onBatch'] } = {},
): Promise<LoadReport> {
  const dataset = readSeeds(options.seedsDir ?? DEFAULT_SEEDS_DIR);
  await ensureGraphSchema(db);
  const report = await loadGraphRows(db, toGraphRows(dataset), { dataset: SEEDS_DATASET, ...(options.onBatch ? { onBatch: options.onBatch } : {}) });
  // After the records it counts, so `about` never reports coverage of units the graph lacks.
  await writeOfficeCoverage(db, SEEDS_DATASET, officeCoverage(dataset));
  return report;
}

/** Whether the graph holds the seeds as they are on disk now: 'empty', 'current' or 'outdated'. */
export async function seedState(db: Database, seedsDir = DEFAULT_SEEDS_DIR): Promise<'empty' | 'current' | 'outdated'> {
  const [row] = await db.read<{ stamp: string | null }>(lastLoad(SEEDS_DATASET));
  if (!row?.stamp) return 'empty';
  return row.stamp === stampOf(toGraphRows(readSeeds(seedsDir))) ? 'current' : 'outdated';
}
