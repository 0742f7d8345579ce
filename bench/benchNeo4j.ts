import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { openGraph, type OpenGraph } from '../src/graph/openGraph.js';
import { findFreePort } from '../src/localNeo4j/findFreePort.js';

export interface BenchNeo4j {
  readonly graph: OpenGraph;
  readonly boltUri: string;
  readonly password: string;
  /** Environment for a child process (gen, the servers) to use this Neo4j as an external one. */
  readonly env: Record<string, string>;
  /** Stops the JVM and deletes its store. Idempotent. */
  close(): Promise<void>;
}

/**
 * One throw-away Neo4j for the whole benchmark, as tests/helpers/globalSetup.ts starts one for the
 * tests: a temporary store, free loopback ports, a random password, and the APOC core plugin for
 * @neo4j/graphql. Memory is sized for the 10^6-node graph (its store fits the page cache whole,
 * so the scale runs measure queries, not disk reads).
 */
export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'diachi-bench-'));
  const password = `bench-${randomBytes(9).toString('base64url')}`;
  let graph: OpenGraph;
  try {
    graph = await openGraph(
      loadConfig({
        NODE_ENV: 'production',
        DIACHI_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: String(await findFreePort()),
        NEO4J_HTTP_PORT: String(await findFreePort()),
        NEO4J_PASSWORD: password,
        NEO4J_APOC: 'true',
        NEO4J_HEAP_SIZE: '4g',
        NEO4J_PAGECACHE_SIZE: '4g',
      }),
      log,
    );
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    graph,
    boltUri: graph.boltUri,
    password,
    env: { NEO4J_URI: graph.boltUri, NEO4J_PASSWORD: password, NEO4J_USERNAME: 'neo4j' },
    close: () =>
      (closing ??= (async () => {
        try {
          await graph.close();
        } finally {
          await rm(dataDir, { recursive: true, force: true });
        }
      })()),
  };
}
