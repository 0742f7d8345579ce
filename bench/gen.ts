// `npm run gen -- --units N [--seed S] [--batch-size B] [--json]`: generates a synthetic history
// (bench/synthetic/generateHistory.ts, about 10 nodes per unit) and loads it into the configured
// Neo4j through the seed loader (loadGraphRows), as dataset "synthetic". Loading again with more
// units keeps the regions already there (same ids) and adds the rest.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { ensureGraphSchema } from '../src/seed/ensureGraphSchema.js';
import { openGraph } from '../src/graph/openGraph.js';
import { loadGraphRows } from '../src/seed/loadGraphRows.js';
import { toGraphRows } from '../src/seed/toGraphRows.js';
import { generateHistory } from './synthetic/generateHistory.js';

export const SYNTHETIC_DATASET = 'synthetic';
/**
 * Rows per loader transaction. Not larger: with 5000-row batches (4 in flight) Neo4j's young
 * collections copied the batches' transaction state and took 10.2 s of a 45 s load of 10^5 nodes
 * (jstat GCT); with 1000 they took 0.3 s and the same load ran in 22 s (2 cores, load average 5–8).
 */
export const GEN_BATCH_SIZE = 1000;

/** What one `gen` run reports; bench/run.ts reads it from the `--json` line. */
export interface GenReport {
  readonly units: number;
  readonly seed: number;
  readonly nodes: number;
  readonly relationships: number;
  /** Generating the records and turning them into rows (toGraphRows), before any database work. */
  readonly generateSeconds: number;
  /** loadGraphRows alone: batched CREATE / MERGE, stale cleanup, load record. */
  readonly seconds: number;
  readonly nodesPerSecond: number;
}

const { values } = parseArgs({
  options: {
    units: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'batch-size': { type: 'string', default: String(GEN_BATCH_SIZE) },
    json: { type: 'boolean', default: false },
  },
});
const units = Number(values.units);
const seed = Number(values.seed);
const batchSize = Number(values['batch-size']);
if (!Number.isInteger(units) || units < 1 || !Number.isInteger(seed) || !Number.isInteger(batchSize) || batchSize < 1) {
  console.error('Usage: npm run gen -- --units N [--seed S] [--batch-size B] [--json]   (N ≥ 1; about 10 nodes per unit)');
  process.exit(2);
}

const started = performance.now();
const rows = toGraphRows(generateHistory({ units, seed }));
const generateSeconds = (performance.now() - started) / 1000;
const graph = await openGraph(loadConfig(), (line) => console.error(line));
try {
  await ensureGraphSchema(graph.db);
  const load = await loadGraphRows(graph.db, rows, { dataset: SYNTHETIC_DATASET, batchSize });
  const report: GenReport = {
    units,
    seed,
    nodes: load.nodes,
    relationships: load.relationships,
    generateSeconds,
    seconds: load.seconds,
    nodesPerSecond: load.nodes / load.seconds,
  };
  console.log(
    `Generated ${units} units (seed ${seed}) in ${generateSeconds.toFixed(1)} s; loaded ${load.nodes} nodes and ` +
      `${load.relationships} relationships in ${load.seconds.toFixed(1)} s: ${Math.round(report.nodesPerSecond)} nodes/s.`,
  );
  if (values.json) console.log(`GEN_REPORT ${JSON.stringify(report)}`);
} finally {
  await graph.close();
}
