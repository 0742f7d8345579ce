import type { Database } from '../db/Database.js';
import { ensureGraphSchema } from '../seed/ensureGraphSchema.js';
import { seedGraph, seedState } from '../seed/seedGraph.js';

/**
 * Makes the graph ready to serve: constraints and indexes, then the seeds when the graph has never
 * been seeded. A graph seeded from older files is left as it is (someone may be curating it), with
 * a note on how to bring it up to date.
 */
export async function prepareGraph(db: Database, options: { seed: boolean; log: (line: string) => void }): Promise<void> {
  await ensureGraphSchema(db);
  if (!options.seed) return;
  const state = await seedState(db);
  if (state === 'empty' || state === 'incomplete') {
    // A load killed midway is repaired by loading again: every batch MERGEs, so nothing doubles.
    if (state === 'incomplete') options.log('The last seed load did not finish: loading the seeds again to repair the graph.');
    const report = await seedGraph(db);
    options.log(`Seeded the graph: ${report.nodes} nodes and ${report.relationships} relationships in ${report.seconds.toFixed(1)} s.`);
  } else if (state === 'outdated') {
    options.log('The seeds changed since this graph was loaded: run `npm run seed` to apply them.');
  }
}
