import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from '../db/createDriver.js';
import { Availability } from '../db/Availability.js';
import { Database } from '../db/Database.js';
import { silentLogger, type Logger } from '../log/createLogger.js';
import { localPassword } from '../localNeo4j/localPassword.js';
import { startLocalNeo4j, type LocalNeo4j } from '../localNeo4j/startLocalNeo4j.js';

export interface OpenGraph {
  readonly db: Database;
  readonly driver: Driver;
  /** Whether Neo4j answers, as the request path last saw it. */
  readonly availability: Availability;
  readonly boltUri: string;
  /** Set when diachi started its own Neo4j (no NEO4J_URI). */
  readonly local?: LocalNeo4j;
  /** Neo4j Browser for this graph, when known. */
  readonly browserUrl?: string;
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j: the user's own server when NEO4J_URI is set, otherwise a
 * local Neo4j 5.26 that diachi provisions and starts itself (and stops again in close()).
 */
export async function openGraph(
  config: Config,
  log: (line: string) => void = () => {},
  options: { logger?: Logger } = {},
): Promise<OpenGraph> {
  const { neo4j } = config;
  const logger = options.logger ?? silentLogger;
  let local: LocalNeo4j | undefined;
  let uri: string;
  let password: string;
  if (neo4j.kind === 'external') {
    uri = neo4j.uri;
    password = neo4j.password ?? '';
  } else {
    // The data folder holds the password and the store: private to this user (issue 9).
    await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
    await chmod(config.dataDir, 0o700);
    password = await localPassword(config.dataDir, neo4j.password);
    uri = `bolt://127.0.0.1:${neo4j.boltPort}`;
  }
  // A local Neo4j that another diachi process already started (`npm start` in one terminal,
  // `npm run seed` in another) is used as it is, and left running.
  // The local server has the one built-in user, whatever NEO4J_USERNAME says.
  const username = neo4j.kind === 'local' ? 'neo4j' : neo4j.username;
  const running = neo4j.kind === 'local' && (await answersBolt(uri, username, password));
  if (neo4j.kind === 'local' && !running) {
    local = await startLocalNeo4j({
      projectRoot: config.projectRoot,
      cacheDir: path.join(config.projectRoot, '.diachi', 'cache'),
      homeDir: path.join(config.dataDir, 'neo4j'),
      boltPort: neo4j.boltPort,
      httpPort: neo4j.httpPort,
      password,
      heapSize: neo4j.heapSize,
      pageCacheSize: neo4j.pageCacheSize,
      apoc: neo4j.apoc,
      // Port 0 (tests) is only chosen when diachi listens, after Neo4j has started: no guide URL then.
      ...(config.port !== 0 ? { appUrl: `http://${browserHost(config.host)}:${config.port}` } : {}),
      log,
    });
    uri = local.boltUri;
  } else if (running) {
    log(`Using the local Neo4j already running at ${uri}.`);
  }

  const driver = createDriver({ uri, username, password, logger });
  try {
    await driver.verifyConnectivity({ database: neo4j.database });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new Error(`Could not connect to Neo4j at ${uri} as ${username}: ${(error as Error).message}`, { cause: error });
  }
  const availability = new Availability(async () => {
    await driver.verifyConnectivity({ database: neo4j.database });
  }, logger);
  return {
    db: new Database(driver, neo4j.database, undefined, { availability, readTimeoutMs: config.queryTimeoutMs }),
    driver,
    availability,
    boltUri: uri,
    ...(local ? { local } : {}),
    ...(neo4j.kind === 'local' ? { browserUrl: `http://127.0.0.1:${neo4j.httpPort}/browser/` } : {}),
    async close() {
      availability.stop();
      await driver.close();
      await local?.stop();
    },
  };
}

/** The host a browser on this machine uses to reach diachi: loopback for a wildcard or loopback bind. */
function browserHost(host: string): string {
  return ['0.0.0.0', '::', '127.0.0.1', 'localhost', ''].includes(host) ? '127.0.0.1' : host;
}

async function answersBolt(uri: string, username: string, password: string): Promise<boolean> {
  const driver = createDriver({ uri, username, password });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
