// diachi as the benchmark serves it: the real startDiachi (Express, Apollo, graphql-armor, the
// loaders) on a free port, against the benchmark's Neo4j (NEO4J_URI from the parent).
import { loadConfig } from '../../src/config.js';
import { startDiachi } from '../../src/startDiachi.js';
import { serveUntilParentLeaves } from './serveUntilParentLeaves.js';

const config = loadConfig({
  ...process.env,
  // Production settings (no stack traces, no introspection), as deployed; the round-trip counts
  // stay on through the queryStats option, since the benchmark reports them.
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  DIACHI_SEED_ON_START: 'false',
});
// startDiachi plans its statements in the background after it starts serving (src/graph/
// warmQueryCache.ts): 16 s on an idle 2-core machine, 90 s on a busy one. READY waits for it, so
// that no timing runs beside the planning and no captured statement is one of its own.
let planned: () => void = () => {};
const planning = new Promise<void>((resolve) => (planned = resolve));
const diachi = await startDiachi(config, {
  queryStats: true,
  log: (line) => {
    console.error(line);
    if (/^(Planned \d+ statements|Could not plan statements)/.test(line)) planned();
  },
});
await planning;
serveUntilParentLeaves(diachi.graphqlUrl, () => diachi.stop());
