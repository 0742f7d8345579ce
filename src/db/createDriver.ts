import neo4j, { type Driver } from 'neo4j-driver';
import { silentLogger, type Logger } from '../log/createLogger.js';

export interface DriverOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly logger?: Logger;
}

/** One driver per process: it owns the connection pool, so it is created once and closed on exit. */
export function createDriver({ uri, username, password, logger = silentLogger }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    maxConnectionPoolSize: 100,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // A connection idle for over a second is checked (a RESET) before it is handed out. After an
    // outage every pooled connection is a dead socket, and without the check each would fail one
    // request after Neo4j is back and reopen the outage (issue 9). Under load connections are
    // reused within milliseconds, so the check costs nothing there.
    connectionLivenessCheckTimeout: 1_000,
    // The driver reports every broken or refused connection (one per pooled connection when Neo4j
    // dies, one per request during an outage in issue 9's log flood). The outage itself is logged
    // once by Availability; the driver's own lines are kept for LOG_LEVEL=debug.
    logging: { level: 'error', logger: (level, message) => logger.debug({ event: 'neo4j-driver', level }, message) },
  });
}
