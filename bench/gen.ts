// `npm run gen -- --units N [--seed S] [--batch-size B] [--json]`: generates a synthetic history
// (src/synthetic/generateHistory.ts, about 10 nodes per unit) and loads it into the configured
// Neo4j through the seed loader (loadGraphRows), as dataset "synthetic". Loading again with more
// units keeps the regions already there (same ids) and adds the rest.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { ensureGraphSchema } from '../src/graph/ensureGraphSchema.js';
import { openGraph } from '../src/graph/openGraph.js';
import { loadGraphRows } from '../src/seed/loadGraphRows.js';
import { toGraphRows } from '../src/seed/toGraphRows.js';
import { generateHistory } from '../src/synthetic/generateHistory.js';

export const SYNTHETIC_DATASET = 'synthetic';
/** Rows per loader transaction: larger batches mean fewer commits (each one a full-text index flush). */
export const GEN_BATCH_SIZE = 5000;

/** What one `gen` run reports; bench/run.ts reads it from the `--json` line. */
export interface GenReport {
  readonly units: number;
  readonly seed: number;
  readonly nodes: number;
  readonly relationships: number;
  /** Generating the records and turning them into rows (toGraphRows), before any database work. */
  readonly generateSeconds: number;
  /** loadGraphRows alone: batched MERGE, stale cleanup, load record. */
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
