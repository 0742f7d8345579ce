// Process entry for `npm start`: config, graph, server, clean shutdown.
import { ConfigError, loadConfig } from './config.js';
import { LocalNeo4jError } from './localNeo4j/LocalNeo4jError.js';
import { startDiachi } from './startDiachi.js';

const log = (line: string) => console.log(line);

try {
  const config = loadConfig();
  const diachi = await startDiachi(config, { log });
  log(`diachi GraphQL API:  ${diachi.graphqlUrl}  (GraphiQL in a browser)`);
  if (diachi.graph.browserUrl) {
    const password = config.neo4j.password ? 'the password in NEO4J_PASSWORD' : `the password in ${config.dataDir}/password`;
    log(`Neo4j Browser:       ${diachi.graph.browserUrl}  (connect to ${diachi.graph.boltUri} as neo4j with ${password})`);
  }
  let shuttingDown = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shuttingDown) return;
      shuttingDown = true;
      log(`${signal}: draining HTTP, closing the driver and stopping Neo4j…`);
      diachi.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}
