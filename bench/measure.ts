import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherRequest, GraphQLRequest } from './operations.js';

export interface Stats {
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly rps: number;
  /** Requests completed in the run(s) measured. */
  readonly requests: number;
  /** Non-200 answers, answers carrying GraphQL `errors`, and failed queries: should be 0. */
  readonly errors: number;
}

/** The lowest and highest of a figure over the repeated runs of a cell. */
export type Range = readonly [min: number, max: number];

/** The median of repeated runs, with how far the runs spread around it. */
export interface Measured extends Stats {
  readonly spread: { readonly p50_ms: Range; readonly p95_ms: Range; readonly rps: Range };
  readonly runs: number;
}

export interface RunPlan {
  readonly seconds: number;
  readonly repeats: number;
  readonly warmupSeconds: number;
}

/**
 * Latencies are recorded per response, as measured by autocannon (hrtime, fractional ms), and
 * percentiles are taken from those exact samples (nearest rank). autocannon's own summary rounds
 * latencies to whole milliseconds and reports p97.5 and p99 but no p95, and most answers here
 * take a few milliseconds.
 */
export function summarize(latencies: number[], errors: number, seconds: number): Stats {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!);
  return { p50_ms: at(0.5), p95_ms: at(0.95), rps: latencies.length / seconds, requests: latencies.length, errors };
}

/**
 * One autocannon run of a JSON POST (a GraphQL request, or the fair floor's { cypher, params }) at
 * `connections` concurrent connections.
 */
export async function httpRun(url: string, request: GraphQLRequest | CypherRequest, connections: number, seconds: number): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  // Without a callback autocannon returns its instance (an EventEmitter) made thenable; its types
  // only describe the promise.
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        // An error inside a 200 answer is still an error: a server failing fast must not win.
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) errors += 1;
        },
      },
    ],
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  return summarize(latencies, errors + result.errors + result.timeouts, result.duration);
}

/**
 * The floor at concurrency N: N async loops, each running the query through the driver without
 * HTTP: a session and an auto-commit read per call, the cheapest way through the driver (one
 * network round trip; diachi's Database reads the same way).
 */
export async function floorRun(
  driver: Driver,
  database: string,
  request: CypherRequest | readonly CypherRequest[],
  concurrency: number,
  seconds: number,
): Promise<Stats> {
  // Several statements (the ones a diachi request sent, replayed) run one after another, each in a
  // session of its own, and are timed together as one request. diachi may send a request's
  // statements concurrently (loaders of one tick), so for such a request this overstates
  // Neo4j's share; every operation benchmarked today sends one statement.
  const statements = Array.isArray(request) ? request : [request as CypherRequest];
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        for (const statement of statements) {
          const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
          try {
            const result = await session.run(statement.cypher, statement.params);
            result.records.map((record) => record.toObject());
          } finally {
            await session.close();
          }
        }
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

/** Milliseconds of a server's CPU per request: the median over the runs, and their min–max. */
export interface CpuPerRequest {
  readonly ms: number;
  readonly spread: Range;
}

/** CPU seconds (user and system, every thread) a process has used, from /proc: Linux only, NaN elsewhere. */
async function cpuSecondsOf(pid: number): Promise<number> {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces).
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}
// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). A tick is 10 ms, and a 1 s run of a
// mostly single-threaded server uses 50–100 of them: a few per cent of resolution, which the
// repeated runs' min–max shows.
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * The CPU a server process spends per request: its CPU time over a run (every thread, garbage
 * collection included) divided by the requests the run completed. At concurrency 1 this is the
 * work behind each request's latency that the database does not do.
 */
export async function cpuPerRequest(pid: number, run: () => Promise<Stats>, repeats: number): Promise<CpuPerRequest> {
  const perRequest: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const before = await cpuSecondsOf(pid);
    const stats = await run();
    const after = await cpuSecondsOf(pid);
    perRequest.push(((after - before) * 1000) / stats.requests);
  }
  return { ms: median(perRequest), spread: range(perRequest) };
}

/** The median of the figures that exist: a run with no answer at all has NaN percentiles. */
export const median = (values: number[]) => {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const range = (values: number[]): Range => {
  const known = values.filter((v) => !Number.isNaN(v));
  return known.length === 0 ? [Number.NaN, Number.NaN] : [Math.min(...known), Math.max(...known)];
};

/** Runs `run` `repeats` times and reports the median of each figure and its min–max over the runs. */
export async function medianOf(run: () => Promise<Stats>, repeats: number): Promise<Measured> {
  const runs: Stats[] = [];
  for (let i = 0; i < repeats; i += 1) runs.push(await run());
  const of = (figure: 'p50_ms' | 'p95_ms' | 'rps') => runs.map((r) => r[figure]);
  return {
    p50_ms: median(of('p50_ms')),
    p95_ms: median(of('p95_ms')),
    rps: median(of('rps')),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    spread: { p50_ms: range(of('p50_ms')), p95_ms: range(of('p95_ms')), rps: range(of('rps')) },
    runs: runs.length,
  };
}

/**
 * The noise rule of the report: two systems differ on a figure only when their spreads over the
 * repeated runs do not overlap; otherwise the difference is inside the noise of this machine.
 */
export function overlaps(a: Range, b: Range): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}
