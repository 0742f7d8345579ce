// `npm run seed`: validate seeds/ and load it into the configured Neo4j.
// `npm run seed -- --check`: validate only (no database needed), for editors of seeds/.
import { ConfigError, loadConfig } from '../config.js';
import { openGraph } from '../graph/openGraph.js';
import { LocalNeo4jError } from '../localNeo4j/LocalNeo4jError.js';
import { parseCliArgs, UsageError } from './parseCliArgs.js';
import { readSeeds } from '../seed/readSeeds.js';
import { seedGraph } from '../seed/seedGraph.js';
import { SeedValidationError } from '../seed/SeedValidationError.js';

try {
  const options = parseCliArgs('npm run seed [-- --check]', { check: { type: 'boolean', default: false } });
  if (options.check) {
    const dataset = readSeeds();
    const counts = Object.entries(dataset).map(([kind, records]) => `${records.length} ${kind}`);
    console.log(`seeds/ is valid: ${counts.join(', ')}.`);
  } else {
    const graph = await openGraph(loadConfig(), (line) => console.log(line));
    try {
      const report = await seedGraph(graph.db);
      console.log(
        `Loaded ${report.nodes} nodes and ${report.relationships} relationships in ${report.batches} batches, ${report.seconds.toFixed(2)} s.`,
      );
    } finally {
      await graph.close();
    }
  }
} catch (error) {
  if (
    error instanceof SeedValidationError ||
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof UsageError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
