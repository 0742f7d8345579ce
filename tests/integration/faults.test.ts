import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/Database.js';
import { findFreePort, isPortFree } from '../../src/localNeo4j/findFreePort.js';
import { LocalNeo4jError } from '../../src/localNeo4j/LocalNeo4jError.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { startDiachi, type RunningDiachi } from '../../src/startDiachi.js';
import { memoryLogger, type LogEntry } from '../helpers/memoryLogger.js';

const PROBE = JSON.stringify({ query: '{ provinces(first: 5) { totalCount edges { node { slug } } } }' });

/**
 * Fault tests (issue 9), on a Neo4j of their own (never the shared test server): Neo4j killed
 * under load, a seed load killed midway, two starts on one store, and the production command
 * stopped by a SIGTERM to npm's PID alone.
 */
describe('faults', () => {
  let dataDir: string;
  let config: Config;
  let diachi: RunningDiachi | undefined;
  let entries: LogEntry[];
  let start: () => Promise<RunningDiachi>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'diachi-faults-'));
    config = loadConfig({
      NODE_ENV: 'production',
      DIACHI_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HTTP_PORT: String(await findFreePort()),
      NEO4J_HEAP_SIZE: '384m',
      NEO4J_PAGECACHE_SIZE: '64m',
      HOST: '127.0.0.1',
      PORT: String(await findFreePort()),
      // A Neo4j restarted under load plans every query afresh; on a busy machine that can pass the
      // default read timeout, which is tested on its own (queryTimeout.test.ts), not here.
      DIACHI_QUERY_TIMEOUT_MS: '120000',
    });
    const log = memoryLogger();
    entries = log.entries;
    start = async () => (diachi = await startDiachi(config, { logger: log.logger }));
    await start();
  });
  afterAll(async () => {
    await diachi?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the data folder private to its user', async () => {
    expect((await stat(dataDir)).mode & 0o077).toBe(0);
    expect((await stat(path.join(dataDir, 'neo4j'))).mode & 0o077).toBe(0);
  });

  it('answers 503 while Neo4j is down, restarts it, and serves again once it answers', async () => {
    const running = diachi!;
    const local = running.graph.local!;
    const answers: Array<{ status: number; code?: string; at: number }> = [];
    let loading = true;
    const load = async () => {
      while (loading) {
        // A request in flight when Neo4j dies is answered (503), never dropped: a fetch that fails
        // throws here and fails the test.
        const response = await fetch(running.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PROBE });
        const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        answers.push({ status: response.status, code: body.errors?.[0]?.extensions?.code, at: Date.now() });
        if (response.status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const clients = Array.from({ length: 8 }, load);
    await until(() => answers.filter((a) => a.status === 200).length >= 20);

    const killedAt = Date.now();
    process.kill(jvmPidOf(local.pid), 'SIGKILL');
    await until(() => answers.some((a) => a.at > killedAt && a.status === 503));
    await until(() => local.restarts === 1);
    const upAgainAt = Date.now();
    await until(() => answers.some((a) => a.at > upAgainAt && a.status === 200));
    loading = false;
    await Promise.all(clients);

    const firstServed = answers.find((a) => a.at > upAgainAt && a.status === 200)!.at;
    const events = entries.filter((e) => e.event?.startsWith('database-')).map((e) => `${e.event} ${String(e.time)}`);
    console.log(
      `[faults] ${answers.length} requests; Neo4j back ${((upAgainAt - killedAt) / 1000).toFixed(1)} s after the kill; ` +
        `API serving ${((firstServed - upAgainAt) / 1000).toFixed(2)} s after the supervisor saw Bolt answer; ${events.join(', ')}`,
    );
    for (const answer of answers) {
      expect([200, 503]).toContain(answer.status);
      if (answer.status === 503) expect(answer.code).toBe('DATABASE_UNAVAILABLE');
    }
    // One line when Neo4j went, one when it came back (with how many requests were refused),
    // however many requests failed between them.
    const refused = answers.filter((a) => a.status === 503).length;
    expect(entries.filter((e) => e.event === 'database-down')).toHaveLength(1);
    const up = entries.filter((e) => e.event === 'database-up');
    expect(up).toHaveLength(1);
    expect(up[0]!.refused).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(entries.filter((e) => e.event === 'internal-error' || e.event === 'neo4j-driver')).toEqual([]);
    expect((await fetch(`${running.url}/ready`)).status).toBe(200);
  }, 300_000);

  it('says so when a seed load was killed midway, and the next start repairs it to the identical graph', async () => {
    const before = await fingerprint(diachi!.graph.db);
    await expect(
      seedGraph(diachi!.graph.db, {
        onBatch: ({ batches }) => {
          if (batches === 2) throw new Error('killed midway');
        },
      }),
    ).rejects.toThrow('killed midway');

    const ready = await until(async () => {
      const response = await fetch(`${diachi!.url}/ready`);
      return response.status === 503 ? ((await response.json()) as { code: string }) : undefined;
    });
    expect(ready.code).toBe('GRAPH_INCOMPLETE');
    const api = await fetch(diachi!.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: PROBE });
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPH_INCOMPLETE' } }] });

    await diachi!.stop();
    await start();
    expect((await fetch(`${diachi!.url}/ready`)).status).toBe(200);
    expect(entries.some((e) => /did not finish/.test(e.msg ?? ''))).toBe(true);
    expect(await fingerprint(diachi!.graph.db)).toBe(before);
  }, 300_000);

  it('refuses a second start on the same port and store, naming what to change', async () => {
    const second = startDiachi(config);
    await expect(second).rejects.toThrow(/PORT/);
    // A second local Neo4j on the same store, on other ports: the store lock says who holds it.
    const otherPorts = loadConfig({
      NODE_ENV: 'production',
      DIACHI_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HTTP_PORT: String(await findFreePort()),
      NEO4J_HEAP_SIZE: '256m',
      NEO4J_PAGECACHE_SIZE: '32m',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const third = startDiachi(otherPorts);
    await expect(third).rejects.toThrow(LocalNeo4jError);
    await expect(third).rejects.toThrow(/locked/);
    expect((await fetch(`${diachi!.url}/ready`)).status).toBe(200);
  }, 300_000);

  it('stops the production command, Neo4j included, on a SIGTERM to npm alone', async () => {
    await diachi!.stop();
    diachi = undefined;
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DIACHI_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(config.neo4j.kind === 'local' ? config.neo4j.boltPort : 0),
      NEO4J_HTTP_PORT: String(config.neo4j.kind === 'local' ? config.neo4j.httpPort : 0),
      NEO4J_HEAP_SIZE: '384m',
      NEO4J_PAGECACHE_SIZE: '64m',
      HOST: '127.0.0.1',
      PORT: String(config.port),
    };
    const npm = spawn('npm', ['start'], { cwd: config.projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const npmExited = new Promise((resolve) => npm.once('exit', resolve));
    // npm start builds first: minutes on a loaded machine.
    await until(
      () =>
        fetch(`http://127.0.0.1:${config.port}/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      300_000,
    );

    npm.kill('SIGTERM');
    await npmExited;
    const bolt = config.neo4j.kind === 'local' ? config.neo4j.boltPort : 0;
    await until(async () => (await isPortFree(config.port)) && (await isPortFree(bolt)) && output.includes('"event":"stopped"'));
  }, 400_000);
});

/** The JVM under the supervisor's watchdog shell (whose other child is its `sleep`). */
function jvmPidOf(watchdogPid: number): number {
  const pid = Number(
    execFileSync('pgrep', ['-P', String(watchdogPid), '-x', 'java'])
      .toString()
      .trim(),
  );
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`Expected one java process under ${watchdogPid}, but found: ${pid}.`);
  return pid;
}

/** Polls `check` until it gives a truthy value (the test's own timeout bounds the wait). */
async function until<T>(check: () => T | Promise<T>, timeoutMs = 120_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Gave up waiting after ${timeoutMs / 1000} s for ${check.toString().slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every node and relationship with its properties (the seed marker aside), as one hash. */
async function fingerprint(served: Database): Promise<string> {
  // Without the request path's read timeout: this reads the whole graph, however loaded the machine.
  const db = new Database(served.driver, served.name);
  const nodes = await db.read<{ labels: string[]; props: unknown }>(
    'MATCH (n) WHERE NOT n:SeedLoad RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await db.read<{ a: { id?: string }; type: string; r: unknown; b: { id?: string } }>(
    'MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS type, properties(r) AS r, properties(b) AS b',
  );
  const end = (node: { id?: string }) => node.id ?? stableJson(node);
  const rows = [
    ...nodes.map((n) => `${[...n.labels].sort().join(':')} ${stableJson(n.props)}`),
    ...relationships.map((r) => `${end(r.a)} -${r.type}-> ${end(r.b)} ${stableJson(r.r)}`),
  ].sort();
  return `${nodes.length} nodes, ${relationships.length} relationships, ${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
