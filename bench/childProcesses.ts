import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const running = new Set<ChildProcess>();

/** Node with TypeScript support (tsx), for a script under bench/. */
function spawnBenchScript(script: string, args: string[], env: Record<string, string>, nodeFlags: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(benchDir, script), ...args], {
    env: { ...process.env, ...env },
    // stdin is a pipe the child watches: when this process ends, however it ends, the pipe
    // closes and the child stops (bench/servers/serveUntilParentLeaves.ts).
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts bench/servers/<name>.ts and waits for its `READY <url>` line. */
export async function startServer(name: 'diachi' | 'floor' | 'peer', env: Record<string, string>): Promise<ChildServer> {
  const child = spawnBenchScript(path.join('servers', `${name}.ts`), [], env);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    // diachi is ready once it has planned its statements: over a minute on a busy 2-core machine.
    const timer = setTimeout(() => reject(new Error(`The ${name} server did not start within 300 s.`)), 300_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^READY (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The ${name} server exited with code ${code} before it was ready.`));
    });
  });
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/**
 * Runs `npm run gen` as a child (its own heap, sized for 10^6 nodes) and returns its report. With
 * `timeoutMs`, a load still running then is stopped and this rejects with a GenTimeoutError.
 */
export async function runGen<T>(args: string[], env: Record<string, string>, timeoutMs?: number): Promise<T> {
  const child = spawnBenchScript('gen.ts', [...args, '--json'], env, ['--max-old-space-size=8192']);
  child.stdin!.end();
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let timedOut = false;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          void stopChild(child);
        }, timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (timedOut) throw new GenTimeoutError(timeoutMs!);
  const line = /^GEN_REPORT (.+)$/m.exec(output);
  if (code !== 0 || !line) throw new Error(`npm run gen ${args.join(' ')} failed (exit ${code}):\n${output}`);
  return JSON.parse(line[1]!) as T;
}

export class GenTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`npm run gen did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped.`);
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Stops every child still running (the finally of a run, successful or not). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}
