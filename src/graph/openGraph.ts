import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from '../db/createDriver.js';
import { Database } from '../db/Database.js';
import { localPassword } from '../localNeo4j/localPassword.js';
import { startLocalNeo4j, type LocalNeo4j } from '../localNeo4j/startLocalNeo4j.js';

export interface OpenGraph {
  readonly db: Database;
  readonly driver: Driver;
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
export async function openGraph(config: Config, log: (line: string) => void = () => {}): Promise<OpenGraph> {
  const { neo4j } = config;
  let local: LocalNeo4j | undefined;
  let uri: string;
  let password: string;
  if (neo4j.kind === 'external') {
    uri = neo4j.uri;
    password = neo4j.password ?? '';
  } else {
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
      log,
    });
    uri = local.boltUri;
  } else if (running) {
    log(`Using the local Neo4j already running at ${uri}.`);
  }

  const driver = createDriver({ uri, username, password });
  try {
    await driver.verifyConnectivity({ database: neo4j.database });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new Error(`Could not connect to Neo4j at ${uri} as ${username}: ${(error as Error).message}`, { cause: error });
  }
  return {
    db: new Database(driver, neo4j.database),
    driver,
    boltUri: uri,
    ...(local ? { local } : {}),
    ...(neo4j.kind === 'local' ? { browserUrl: `http://127.0.0.1:${neo4j.httpPort}/browser/` } : {}),
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
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
