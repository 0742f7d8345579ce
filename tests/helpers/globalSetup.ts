import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { findFreePort } from '../../src/localNeo4j/findFreePort.js';
import { startDiachi } from '../../src/startDiachi.js';

declare module 'vitest' {
  export interface ProvidedContext {
    graphqlUrl: string;
    baseUrl: string;
    boltUri: string;
    neo4jPassword: string;
    neo4jHttpUrl: string;
  }
}

/**
 * Starts one throw-away Neo4j (in a temporary folder, on free ports: never the developer's data
 * nor a user's server) seeded with seeds/, plus diachi's real HTTP server in front of it.
 * Everything is stopped and deleted after the run.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'diachi-test-'));
  const [boltPort, httpPort] = [await findFreePort(), await findFreePort()];
  const password = `test-${Math.random().toString(36).slice(2)}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DIACHI_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HTTP_PORT: String(httpPort),
    NEO4J_PASSWORD: password,
    NEO4J_HEAP_SIZE: '768m',
    NEO4J_PAGECACHE_SIZE: '256m',
    HOST: '127.0.0.1',
    PORT: '0',
    // The suite checks answers, not how fast a machine shared with other work plans a query: a
    // read of the shared server must not turn into QUERY_TIMEOUT because the machine is busy
    // (tests/integration/queryTimeout.test.ts checks the timeout itself).
    DIACHI_QUERY_TIMEOUT_MS: '120000',
  });
  const started = performance.now();
  const diachi = await startDiachi(config, { queryStats: true, log: (line) => console.log(`[globalSetup] ${line}`) });
  console.log(`[globalSetup] diachi ready at ${diachi.graphqlUrl} after ${((performance.now() - started) / 1000).toFixed(1)} s`);

  project.provide('graphqlUrl', diachi.graphqlUrl);
  project.provide('baseUrl', diachi.url);
  project.provide('boltUri', diachi.graph.boltUri);
  project.provide('neo4jPassword', password);
  project.provide('neo4jHttpUrl', `http://127.0.0.1:${httpPort}`);

  return async () => {
    await diachi.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
