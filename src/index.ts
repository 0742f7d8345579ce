// Process entry for `npm start`: config, graph, server, clean shutdown.
import { ConfigError, loadConfig } from './config.js';
import { PortInUseError } from './http/PortInUseError.js';
import { LocalNeo4jError } from './localNeo4j/LocalNeo4jError.js';
import { createLogger } from './log/createLogger.js';
import { startDiachi } from './startDiachi.js';

const logger = createLogger({ level: process.env.LOG_LEVEL });

try {
  const config = loadConfig();
  logger.level = config.logLevel;
  const diachi = await startDiachi(config, { logger });
  logger.info({ event: 'ready', url: diachi.graphqlUrl }, `diachi GraphQL API:  ${diachi.graphqlUrl}  (GraphiQL in a browser)`);
  if (diachi.graph.browserUrl) {
    const password = config.neo4j.password ? 'the password in NEO4J_PASSWORD' : `the password in ${config.dataDir}/password`;
    logger.info(`Neo4j Browser:       ${diachi.graph.browserUrl}  (connect to ${diachi.graph.boltUri} as neo4j with ${password})`);
  }
  let shuttingDown = false;
  const shutDown = (why: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ event: 'stopping', why }, `${why}: draining HTTP, closing the driver and stopping Neo4j…`);
    diachi.stop().then(
      () => {
        logger.info({ event: 'stopped' }, 'Stopped.');
        logger.flush();
        process.exit(0);
      },
      (error: unknown) => {
        logger.fatal({ err: error }, 'Could not stop cleanly.');
        logger.flush();
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutDown(signal));
  // A process manager that signals only npm's PID: npm passes SIGTERM to the shell running the
  // script, and a shell does not pass it on, so this process is left with a new parent. Seeing
  // the parent change is the one sign it gets; it then stops as if signalled (Neo4j included).
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) shutDown(`parent process ${parent} exited`);
  }, 500).unref();
} catch (error) {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof PortInUseError) {
    logger.fatal({ event: 'start-failed' }, error.message);
  } else {
    logger.fatal({ event: 'start-failed', err: error }, 'diachi could not start.');
  }
  logger.flush();
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 100).unref();
}
