import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jError } from './LocalNeo4jError.js';
import { isPortFree } from './findFreePort.js';
import { renderNeo4jConf } from './renderNeo4jConf.js';
import { resolveApocPlugin } from './resolveApocPlugin.js';
import { resolveNeo4jClasspath, tail } from './resolveNeo4jClasspath.js';
import { runCommand } from './runCommand.js';

export interface LocalNeo4jOptions {
  readonly projectRoot: string;
  /** Folder holding the cached classpath (shared by dev and test servers). */
  readonly cacheDir: string;
  /** NEO4J_HOME of this server: conf/, data/, logs/, plugins/. */
  readonly homeDir: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly password: string;
  readonly heapSize?: string;
  readonly pageCacheSize?: string;
  readonly startTimeoutMs?: number;
  /** Load the APOC core plugin (the benchmark's @neo4j/graphql peer needs it). */
  readonly apoc?: boolean;
  /** diachi's own HTTP address, for Browser's guide whitelist and style sheet (renderNeo4jConf). */
  readonly appUrl?: string | undefined;
  readonly log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly boltUri: string;
  readonly browserUrl: string;
  /** The watchdog process of the running JVM (it changes when the supervisor restarts Neo4j). */
  readonly pid: number;
  /** How many times the supervisor started Neo4j again after it died. */
  readonly restarts: number;
  /** How long the JVM took from spawn until Bolt answered. */
  readonly startMs: number;
  stop(): Promise<void>;
}

// The JVM flags that Neo4j's own launcher adds (neo4j.conf `server.jvm.additional`), less those
// that slow a small development server's start (AlwaysPreTouch).
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

// A tiny supervisor between Node and the JVM: if the Node process dies without cleaning up
// (SIGKILL, a crashed test worker), the JVM is stopped within a second instead of being orphaned
// with its ports and store lock. It forwards SIGTERM/SIGINT to the JVM and waits for its clean exit.
const WATCHDOG = `
parent="$1"; shift
"$@" &
child=$!
stop() { kill -TERM "$child" 2>/dev/null; wait "$child"; exit $?; }
trap stop TERM INT HUP
while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1 & wait $!; done
kill -0 "$child" 2>/dev/null && stop
wait "$child"
`;

/** Starts a real Neo4j 5.26 Community server bound to loopback and waits until Bolt answers. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const { homeDir, boltPort, httpPort, password } = options;
  const { classpath, java } = await resolveNeo4jClasspath(options);

  for (const [name, port] of [
    ['Bolt', boltPort],
    ['HTTP', httpPort],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(
        `Expected port ${port} on 127.0.0.1 to be free for the local Neo4j's ${name} connector, but something already listens there ` +
          `(another Neo4j or another \`npm start\`?). Stop it, choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT, ` +
          'or use that server with NEO4J_URI and NEO4J_PASSWORD.',
      );
    }
  }

  // The store holds auth.ini (the password's hash) and the data: private to this user. Neo4j
  // creates its files world-readable (0644), so the folder above them is what keeps them private.
  await mkdir(homeDir, { recursive: true, mode: 0o700 });
  await chmod(homeDir, 0o700);
  for (const dir of ['conf', 'data', 'logs', 'plugins', 'import', 'run']) {
    await mkdir(path.join(homeDir, dir), { recursive: true, mode: 0o700 });
  }
  // plugins/ holds exactly what this start asked for, so a store started once for the benchmark
  // does not keep APOC for everyday use.
  const plugins = path.join(homeDir, 'plugins');
  for (const file of readdirSync(plugins)) if (file.endsWith('.jar')) await rm(path.join(plugins, file));
  const pluginJars: string[] = [];
  if (options.apoc) {
    for (const jar of await resolveApocPlugin(options)) {
      pluginJars.push(path.join(plugins, path.basename(jar)));
      await copyFile(jar, pluginJars.at(-1)!);
    }
  }
  await writeFile(
    path.join(homeDir, 'conf', 'neo4j.conf'),
    renderNeo4jConf({
      homeDir,
      boltPort,
      httpPort,
      pageCacheSize: options.pageCacheSize ?? '512m',
      apoc: options.apoc ?? false,
      appUrl: options.appUrl,
    }),
  );
  const env = { ...process.env, NEO4J_HOME: homeDir, NEO4J_CONF: path.join(homeDir, 'conf') };

  // The initial password can only be set before the first start; afterwards the store keeps it.
  if (!existsSync(path.join(homeDir, 'data', 'dbms', 'auth.ini'))) {
    const result = await runCommand(java, ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], { env });
    if (result.code !== 0) {
      throw new LocalNeo4jError(`Could not set the local Neo4j's initial password:\n${tail(result.stdout + result.stderr, 20)}`);
    }
  }

  const heap = options.heapSize ?? '1g';
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    // Like Neo4j's own launcher, plugins are on the JVM classpath too: APOC registers services
    // (apoc.Pools) through extension factories, which are found only there.
    [classpath, ...pluginJars].join(path.delimiter),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${homeDir}`,
    `--config-dir=${path.join(homeDir, 'conf')}`,
  ];
  const boltUri = `bolt://127.0.0.1:${boltPort}`;

  /** Spawns the JVM (under its watchdog) and waits until Bolt answers. */
  const launch = async (): Promise<Launched> => {
    log(`Starting Neo4j 5.26 Community (bolt://127.0.0.1:${boltPort}, data in ${path.join(homeDir, 'data')})…`);
    // Its own process group, so a forced stop can take the watchdog and the JVM down together.
    const child = spawn('bash', ['-c', WATCHDOG, 'diachi-neo4j', String(process.pid), java, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitForBolt(boltUri, password, exited, options.startTimeoutMs ?? 120_000);
    } catch (error) {
      await stopProcess(child, exited);
      throw await explainStartFailure(error, homeDir, output);
    }
    return { child, exited };
  };

  const startedAt = performance.now();
  let current = await launch();
  const startMs = Math.round(performance.now() - startedAt);
  log(`Neo4j is up after ${(startMs / 1000).toFixed(1)} s.`);

  // The supervisor: a server diachi started and that dies (killed, out of memory) is started
  // again, after a pause that doubles with each failed attempt (0.5 s up to 30 s) so a server
  // that cannot start does not spin. The pause starts over once a server has stayed up a minute.
  let stopping: Promise<void> | undefined;
  let restarts = 0;
  let pause: number = RESTART_PAUSE_MS.first;
  let upSince = Date.now();
  let pending: NodeJS.Timeout | undefined;
  const supervise = (launched: Launched) => {
    void launched.exited.then((code) => {
      if (stopping || launched !== current) return;
      if (Date.now() - upSince > 60_000) pause = RESTART_PAUSE_MS.first;
      log(`Neo4j exited unexpectedly (exit code ${code}); starting it again in ${(pause / 1000).toFixed(1)} s.`);
      const retry = () => {
        pending = setTimeout(() => {
          if (stopping) return;
          const attemptAt = performance.now();
          launch().then(
            (next) => {
              if (stopping) {
                void stopProcess(next.child, next.exited);
                return;
              }
              current = next;
              restarts += 1;
              upSince = Date.now();
              log(`Neo4j is up again after ${((performance.now() - attemptAt) / 1000).toFixed(1)} s (restart ${restarts}).`);
              supervise(next);
            },
            (error: unknown) => {
              pause = Math.min(pause * 2, RESTART_PAUSE_MS.max);
              log(
                `Neo4j did not start again (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); next try in ${(pause / 1000).toFixed(1)} s.`,
              );
              retry();
            },
          );
        }, pause);
      };
      retry();
    });
  };
  supervise(current);

  return {
    boltUri,
    browserUrl: `http://127.0.0.1:${httpPort}/browser/`,
    get pid() {
      return current.child.pid ?? -1;
    },
    get restarts() {
      return restarts;
    },
    startMs,
    stop: () =>
      (stopping ??= (async () => {
        clearTimeout(pending);
        await stopProcess(current.child, current.exited);
      })()),
  };
}

interface Launched {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
}

const RESTART_PAUSE_MS = { first: 500, max: 30_000 } as const;

async function waitForBolt(uri: string, password: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let processExit: number | null | undefined;
  void exited.then((code) => (processExit = code));
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (processExit !== undefined) throw new LocalNeo4jError(`Neo4j exited during start (exit code ${processExit}).`);
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
        throw new LocalNeo4jError(
          'The local Neo4j refused the password. Its store keeps the password it was first started with: ' +
            'set NEO4J_PASSWORD to that one, or delete the store (the data folder) to start afresh.',
        );
      }
    } finally {
      await driver.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new LocalNeo4jError(`Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s (${String(lastError)}).`);
}

async function explainStartFailure(error: unknown, homeDir: string, output: string): Promise<Error> {
  const logFile = path.join(homeDir, 'logs', 'neo4j.log');
  const log = existsSync(logFile) ? await readFile(logFile, 'utf8') : '';
  const text = `${output}\n${log}`;
  if (/StoreLockException|Lock file has been locked|Unable to obtain lock/i.test(text)) {
    return new LocalNeo4jError(
      `The Neo4j store in ${path.join(homeDir, 'data')} is locked by another process: another diachi or Neo4j is using it. ` +
        'Stop that process (a stray JVM: `pgrep -af CommunityEntryPoint`) and start again.',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new LocalNeo4jError(`${detail}\nLast lines of ${logFile}:\n${tail(text, 25)}`);
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // Neo4j checkpoints on a clean shutdown; give it time before forcing the issue.
  const timer = setTimeout(() => {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, 30_000);
  await exited;
  clearTimeout(timer);
}
