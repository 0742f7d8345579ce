// `npm run bench [-- --quick] [-- --only <text>] [-- --no-scale]`: diachi against two floors
// (hand-written Cypher through the driver alone, and the same behind a minimal HTTP server) and
// the peer (@neo4j/graphql) on one throw-away Neo4j holding the real seeds plus a synthetic
// history; then what each costs Neo4j per request (PROFILE db hits, bytes on the wire); then
// diachi alone as the graph grows to 10^5 and 10^6 nodes. A full run writes
// bench/results/latest.{json,md}; a partial one (any option) writes .diachi/bench/ instead, so a
// developer's run never passes for the project's figures. Every process it starts is stopped at
// the end, whatever happens.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { projectRoot } from '../src/config.js';
import { seedGraph } from '../src/seed/seedGraph.js';
import { startBenchNeo4j, type BenchNeo4j } from './benchNeo4j.js';
import { BoltProxy } from './bolt/BoltProxy.js';
import { measureCost, type OperationCost } from './bolt/measureCost.js';
import { GenTimeoutError, runGen, startServer, stopAllChildren, type ChildServer } from './childProcesses.js';
import type { GenReport } from './gen.js';
import { cpuPerRequest, floorRun, httpRun, medianOf, type Measured, type RunPlan, type Stats } from './measure.js';
import {
  benchmarkOperations,
  scaleOperations,
  type CypherRequest,
  type GraphQLRequest,
  type Operation,
  type ScaleOperation,
} from './operations.js';
import {
  explainMisses,
  figures,
  judgeTargets,
  noiseNotes,
  ratioOf,
  round,
  roundRange,
  writeReport,
  type CostResult,
  type CpuResult,
  type LoadResult,
  type OperationResult,
  type ScaleResult,
  type SectionLoad,
} from './report.js';
import { chooseSubjects } from './subjects.js';

const { values } = parseArgs({
  options: {
    // 10^4 nodes only, shorter cells: a few minutes.
    quick: { type: 'boolean', default: false },
    // Only the operations whose name contains this text (case-insensitive), in every section.
    only: { type: 'string' },
    // No 10^5 and 10^6 loads (the scale table keeps its 10^4 row).
    'no-scale': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const only = values.only?.toLowerCase();
const partial = quick || only !== undefined || values['no-scale'];
const CONCURRENCY = [1, 16, 64] as const;
/** The default run must end within 25 minutes on a 2-core machine; 10^6 is skipped if it would not. */
const BUDGET_SECONDS = 24 * 60;
// Per cell: a warm-up, then `repeats` runs of `seconds`; medians and min–max reported. Five runs
// in a full run, so that a min–max is worth reading on a machine whose figures vary by ±30%.
const PLAN: RunPlan = quick ? { seconds: 1, repeats: 3, warmupSeconds: 1 } : { seconds: 1, repeats: 5, warmupSeconds: 1 };
/** Scale runs compare single latencies across sizes: as many runs as the main table, longer warm-up. */
const SCALE_REPEATS = PLAN.repeats;
// What the scale runs of one size take after its load: 7 operations, 6 of them with the floor
// timed too, about 100 s in the runs of 2026-11-29.
const SCALE_RESERVE_SECONDS = 150;
const UNITS_PER_10K_NODES = 1000; // bench/synthetic/generateHistory.ts: about 10 nodes per unit
const SIZES = quick || values['no-scale'] ? [10_000] : [10_000, 100_000, 1_000_000];
const selected = (name: string) => only === undefined || name.toLowerCase().includes(only);

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const log = (line: string) => console.log(`[bench ${elapsed().toFixed(0).padStart(4)} s] ${line}`);

let neo: BenchNeo4j | undefined;
const proxies: BoltProxy[] = [];
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping the servers and Neo4j…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function cleanUp(): Promise<void> {
  await stopAllChildren();
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await neo?.close();
}

const sections: SectionLoad[] = [];
/** Runs one section of the benchmark, recording the load average before and after it. */
async function section<T>(name: string, work: () => Promise<T>): Promise<T> {
  const [before, t0] = [os.loadavg()[0]!, elapsed()];
  try {
    return await work();
  } finally {
    const after = os.loadavg()[0]!;
    sections.push({
      section: name,
      seconds: round(elapsed() - t0, 0),
      load_average_before: round(before, 2),
      load_average_after: round(after, 2),
    });
    log(`(${name}: load average ${before.toFixed(2)} before, ${after.toFixed(2)} after)`);
  }
}

/** POSTs one JSON request; an answer with errors is a failure of the benchmark itself. */
async function post<T>(url: string, request: GraphQLRequest | CypherRequest): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = (await response.json()) as { data?: unknown; rows?: unknown; errors?: unknown };
  if (body.errors || response.status !== 200) throw new Error(`Errors from ${url}: ${String(JSON.stringify(body.errors)).slice(0, 1000)}`);
  return body as T;
}

async function graphql(url: string, request: GraphQLRequest): Promise<{ data: unknown; roundTrips: number | undefined }> {
  const body = await post<{ data: unknown; extensions?: { diachi?: { cypherRoundTrips?: number } } }>(url, request);
  return { data: body.data, roundTrips: body.extensions?.diachi?.cypherRoundTrips };
}

async function fairFloorRows(url: string, request: CypherRequest): Promise<Array<Record<string, unknown>>> {
  return (await post<{ rows: Array<Record<string, unknown>> }>(url, request)).rows;
}

async function cypher(request: CypherRequest): Promise<Array<Record<string, unknown>>> {
  const session = neo!.graph.driver.session({ database: 'neo4j' });
  try {
    const result = await session.executeRead((tx) => tx.run(request.cypher, request.params));
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

interface Servers {
  readonly diachi: ChildServer;
  readonly floor: ChildServer;
  readonly peer: ChildServer;
}

/** The four answers must agree (ids and counts) before any of them is timed. */
async function checkEquivalent(op: Operation, servers: Servers): Promise<number> {
  const d = await graphql(servers.diachi.url, op.diachi);
  const expected = op.signatureOf.diachi(d.data);
  const answers: Array<[string, unknown]> = [
    ['driver floor', op.signatureOf.floor(await cypher(op.floor))],
    ['fair floor', op.signatureOf.floor(await fairFloorRows(servers.floor.url, op.floor))],
  ];
  if (op.peer) answers.push(['peer', op.signatureOf.peer!((await graphql(servers.peer.url, op.peer)).data)]);
  for (const [system, signature] of answers) {
    if (!isDeepStrictEqual(signature, expected)) {
      throw new Error(
        `"${op.name}": the ${system} answer differs from diachi's.\n diachi: ${JSON.stringify(expected)}\n ${system}: ${JSON.stringify(signature)}`,
      );
    }
  }
  return d.roundTrips ?? Number.NaN;
}

async function timeCell(label: string, run: (concurrency: number, seconds: number) => Promise<Stats>): Promise<Map<number, Measured>> {
  await run(16, PLAN.warmupSeconds);
  const byConcurrency = new Map<number, Measured>();
  for (const concurrency of CONCURRENCY) {
    // A warm-up at the cell's own concurrency too. Without it, search at concurrency 1 measured
    // 2.3 ms here and 1.4 ms in the scale table of the same run (the same request and graph):
    // the first second after a change of load is not the server's steady pace.
    await run(concurrency, PLAN.warmupSeconds);
    const stats = await medianOf(() => run(concurrency, PLAN.seconds), PLAN.repeats);
    if (stats.errors > 0) throw new Error(`${label} at concurrency ${concurrency}: ${stats.errors} failed requests.`);
    byConcurrency.set(concurrency, stats);
    const [lo, hi] = stats.spread.p50_ms;
    log(
      `  ${label.padEnd(12)} c=${String(concurrency).padEnd(2)} p50 ${stats.p50_ms.toFixed(2)} ms (${lo.toFixed(2)}–${hi.toFixed(2)})  p95 ${stats.p95_ms.toFixed(2)} ms  ${stats.rps.toFixed(0)} req/s`,
    );
  }
  return byConcurrency;
}

async function graphNodes(): Promise<number> {
  const [row] = await neo!.graph.db.read<{ nodes: number }>('MATCH (n:Entity) RETURN count(n) AS nodes');
  return row?.nodes ?? 0;
}

async function loadSynthetic(targetNodes: number, timeoutMs?: number): Promise<LoadResult> {
  const units = (targetNodes / 10_000) * UNITS_PER_10K_NODES;
  log(`Loading the synthetic history for ~${targetNodes.toLocaleString('en')} nodes (npm run gen -- --units ${units})…`);
  const report = await runGen<GenReport>(['--units', String(units)], neo!.env, timeoutMs);
  const result: LoadResult = {
    target_nodes: targetNodes,
    units,
    nodes: report.nodes,
    relationships: report.relationships,
    seconds: round(report.seconds, 1),
    nodes_per_second: round(report.nodesPerSecond, 0),
    generate_seconds: round(report.generateSeconds, 1),
    graph_nodes_after: await graphNodes(),
  };
  log(
    `  ${report.nodes} nodes, ${report.relationships} relationships in ${result.seconds} s: ${result.nodes_per_second} nodes/s (generation ${result.generate_seconds} s).`,
  );
  return result;
}

/**
 * After a large load Neo4j still has work of its own to do: index statistics to resample (then
 * plans to replan) and background flushing. Resampling is asked for at once and given a few
 * seconds, so that the timings below measure queries rather than the store settling.
 * (db.checkpoint() cannot be called on Community.)
 */
async function settleAfterLoad(): Promise<void> {
  await neo!.graph.db.autoCommit('CALL db.resampleOutdatedIndexes()');
  await neo!.graph.db.autoCommit('CALL db.awaitIndexes(300)');
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  // Then until the machine is quiet, or two minutes at most: the three full runs of 2026-11-29
  // all began their 10^6-node section at load average 4 (Neo4j still writing after the load),
  // and the first operations timed there spread widely. Nothing else runs while this waits.
  const started = performance.now();
  while (os.loadavg()[0]! > SETTLED_LOAD && performance.now() - started < 120_000) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  log(
    `  settled after the load: load average ${os.loadavg()[0]!.toFixed(2)} after ${((performance.now() - started) / 1000).toFixed(0)} s more`,
  );
}
// The 1-minute load average at which the graph counts as settled: Neo4j idle, nothing timed yet.
const SETTLED_LOAD = 1.5;

/** Each scale operation's answer at the smallest size, to tell whether it is the same at the next. */
const firstAnswers = new Map<string, unknown>();

async function timeScaleOperation(diachi: ChildServer, nodes: number, op: ScaleOperation): Promise<ScaleResult> {
  const { name, request, signatureOf } = op;
  // Fails loudly if the answer has errors at this size; a page's totalCount is the number of
  // matches its count had to visit.
  const { data } = await graphql(diachi.url, request);
  const total = (data as { provinces?: { totalCount?: number } }).provinces?.totalCount;
  // How much there is to answer at this size: a page whose units have more offices and tenures
  // at 10^6 than at 10^4 has more to resolve and to send, whatever the database does.
  const answerBytes = Buffer.byteLength(JSON.stringify(data));
  const answer = signatureOf(data);
  const same = firstAnswers.has(name) ? isDeepStrictEqual(firstAnswers.get(name), answer) : undefined;
  if (!firstAnswers.has(name)) firstAnswers.set(name, answer);
  await httpRun(diachi.url, request, 1, PLAN.warmupSeconds * 2);
  const stats = await medianOf(() => httpRun(diachi.url, request, 1, PLAN.seconds), SCALE_REPEATS);
  if (stats.errors > 0) throw new Error(`${stats.errors} failed requests.`);
  const spread = roundRange(stats.spread.p50_ms, 2);
  // The floor's Cypher through the driver at the same size, once its answer is checked to be
  // diachi's: where the answer itself grows (a search over more matching names), the floor slows
  // down with diachi, and the two growths tell the data's share from diachi's. A floor that
  // cannot be timed at this size is reported as such, beside diachi's own figure.
  let floor: Pick<ScaleResult, 'floor_p50_ms' | 'floor_spread' | 'floor_error'> = {};
  if (op.floor) {
    const request = op.floor.request;
    try {
      const rows = await cypher(request);
      if (!isDeepStrictEqual(op.floor.signatureOf(rows), answer)) throw new Error("the floor's answer differs from diachi's");
      await floorRun(neo!.graph.driver, 'neo4j', request, 1, PLAN.warmupSeconds * 2);
      const f = await medianOf(() => floorRun(neo!.graph.driver, 'neo4j', request, 1, PLAN.seconds), SCALE_REPEATS);
      if (f.errors > 0) throw new Error(`${f.errors} failed floor queries`);
      floor = { floor_p50_ms: round(f.p50_ms, 2), floor_spread: roundRange(f.spread.p50_ms, 2) };
    } catch (error) {
      floor = { floor_error: String((error as Error).message ?? error).slice(0, 300) };
    }
  }
  log(
    `  ${nodes.toLocaleString('en')} nodes: ${name} p50 ${stats.p50_ms.toFixed(2)} ms (${spread[0]}–${spread[1]})` +
      `${floor.floor_p50_ms === undefined ? '' : `, driver floor ${floor.floor_p50_ms.toFixed(2)} ms`}` +
      `${floor.floor_error ? `, floor FAILED: ${floor.floor_error}` : ''}${same === false ? ' (answer changed)' : ''}`,
  );
  return {
    nodes,
    name,
    p50_ms: round(stats.p50_ms, 2),
    spread,
    answer_bytes: answerBytes,
    ...floor,
    ...(total === undefined ? {} : { total_count: total }),
    ...(same === undefined ? {} : { same_answer: same }),
  };
}

async function timeScale(diachi: ChildServer, requests: ScaleOperation[]): Promise<ScaleResult[]> {
  await settleAfterLoad();
  const nodes = await graphNodes();
  const results: ScaleResult[] = [];
  for (const op of requests) {
    const { name } = op;
    try {
      results.push(await timeScaleOperation(diachi, nodes, op));
    } catch (error) {
      // One operation failing at one size (a read timeout at 10^6, say) is a finding of the run,
      // not a reason to lose the run's other 20 minutes: it is reported as failed.
      const message = String((error as Error).message ?? error).slice(0, 300);
      results.push({ nodes, name, p50_ms: Number.NaN, spread: [Number.NaN, Number.NaN], error: message });
      log(`  ${nodes.toLocaleString('en')} nodes: ${name} FAILED: ${message}`);
    }
  }
  return results;
}

/**
 * db hits and bytes per request: a second diachi, fair floor and peer, each pointed at a Bolt
 * proxy of its own (bench/bolt/), asked each operation one request at a time.
 */
async function measureCosts(operations: Operation[]): Promise<CostResult[]> {
  const upstream = new URL(neo!.boltUri.replace(/^bolt:/, 'http:'));
  const proxyFor = async () => {
    const proxy = await BoltProxy.start({ host: upstream.hostname, port: Number(upstream.port) });
    proxies.push(proxy);
    return proxy;
  };
  const [diachiProxy, floorProxy, peerProxy] = [await proxyFor(), await proxyFor(), await proxyFor()];
  const [diachi, floor, peer] = await Promise.all([
    startServer('diachi', { ...neo!.env, NEO4J_URI: diachiProxy.uri }),
    startServer('floor', { ...neo!.env, NEO4J_URI: floorProxy.uri }),
    startServer('peer', { ...neo!.env, NEO4J_URI: peerProxy.uri }),
  ]);
  const driver = neo!.graph.driver;
  const costs: CostResult[] = [];
  try {
    for (const op of operations) {
      const { cost: diachiCost, captured } = await measureCost(
        diachiProxy,
        driver,
        async () => (await graphql(diachi.url, op.diachi)).roundTrips ?? 1,
      );
      const { cost: floorCost } = await measureCost(floorProxy, driver, async () => {
        await fairFloorRows(floor.url, op.floor);
        return 1;
      });
      // diachi's statements replayed through the driver alone, as the driver floor runs the
      // floor's: Neo4j's and the driver's share of diachi's latency, without HTTP or GraphQL.
      await floorRun(driver, 'neo4j', captured, 1, PLAN.warmupSeconds);
      const alone = await medianOf(() => floorRun(driver, 'neo4j', captured, 1, PLAN.seconds), PLAN.repeats);
      if (alone.errors > 0) throw new Error(`"${op.name}": ${alone.errors} of diachi's statements failed when replayed alone.`);
      // The proxy's reading of the floor's statement must be the statement sent: a check of the reader itself.
      if (floorCost.cypher[0] !== op.floor.cypher) throw new Error(`"${op.name}": the Bolt proxy misread the floor's statement.`);
      let peerCost: OperationCost | null = null;
      if (op.peer) {
        const request = op.peer;
        ({ cost: peerCost } = await measureCost(peerProxy, driver, async () => {
          await graphql(peer.url, request);
          return 1;
        }));
      }
      const cost: CostResult = {
        name: op.name,
        diachi: diachiCost,
        floor: floorCost,
        peer: peerCost,
        ratios: { db_hits: ratioOf(diachiCost.db_hits, floorCost.db_hits), bytes: ratioOf(diachiCost.bytes, floorCost.bytes) },
        diachi_statements_alone: figures(alone),
      };
      costs.push(cost);
      log(
        `${op.name}: db hits diachi ${diachiCost.db_hits} (${diachiCost.statements} statement${diachiCost.statements === 1 ? '' : 's'}), ` +
          `floor ${floorCost.db_hits}, peer ${peerCost?.db_hits ?? '—'}; bytes diachi ${diachiCost.bytes}, floor ${floorCost.bytes}, peer ${peerCost?.bytes ?? '—'}; ` +
          `diachi's statements alone through the driver: p50 ${alone.p50_ms.toFixed(2)} ms`,
      );
    }
  } finally {
    await Promise.all([diachi.stop(), floor.stop(), peer.stop()]);
  }
  return costs;
}

async function neo4jVersion(): Promise<string> {
  const [row] = await neo!.graph.db.read<{ versions: string[]; edition: string }>(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions, edition",
  );
  return row ? `${row.versions[0]} ${row.edition}` : 'unknown';
}

const loadAtStart = os.loadavg();
const command = `npm run bench${partial ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
try {
  log(
    `diachi benchmark (${command}): ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadAtStart[0]!.toFixed(2)}.`,
  );
  const { seeds, loads, subjects } = await section('start Neo4j, load the seeds and 10^4 nodes', async () => {
    neo = await startBenchNeo4j((line) => log(line));
    const seeds = await seedGraph(neo.graph.db);
    log(`Real seeds: ${seeds.nodes} nodes, ${seeds.relationships} relationships in ${seeds.seconds.toFixed(1)} s.`);
    const loads = [await loadSynthetic(SIZES[0]!)];
    // Before any timing, not only before the scale runs: with the statistics of the empty graph,
    // the as-of page ran at 20 ms in the main table and 3.7 ms in the scale table of one run.
    await settleAfterLoad();
    const subjects = await chooseSubjects(neo.graph.db);
    log(`Subjects: ${JSON.stringify(subjects)}`);
    return { seeds, loads, subjects };
  });
  const graph = neo!;
  const operationsToTime = benchmarkOperations(subjects).filter((op) => selected(op.name));
  const requests = scaleOperations(subjects).filter((r) => selected(r.name));
  if (requests.length === 0) throw new Error(`--only ${values.only}: no operation's name contains it.`);

  // The servers run in child processes: each has its own event loop, as in production, and none
  // competes with autocannon (which runs here) for this process's thread.
  const [diachi, floor, peer] = await Promise.all([
    startServer('diachi', graph.env),
    startServer('floor', graph.env),
    startServer('peer', graph.env),
  ]);
  const servers: Servers = { diachi, floor, peer };
  log(
    `diachi at ${diachi.url} (pid ${diachi.pid}), fair floor at ${floor.url} (pid ${floor.pid}), @neo4j/graphql at ${peer.url} (pid ${peer.pid}).`,
  );

  const baseline = await section('warm-up and baselines', async () => {
    // A first warm-up of everything, before any figure is kept: the JITs of the servers and of
    // Neo4j otherwise still compile during the first operations' runs, which then look slower.
    for (const op of operationsToTime) {
      await checkEquivalent(op, servers);
      await httpRun(diachi.url, op.diachi, 16, PLAN.warmupSeconds);
      await httpRun(floor.url, op.floor, 16, PLAN.warmupSeconds);
      await floorRun(graph.graph.driver, 'neo4j', op.floor, 16, PLAN.warmupSeconds);
      if (op.peer) await httpRun(peer.url, op.peer, 16, PLAN.warmupSeconds);
    }
    log('Warmed up: every operation on every system.');
    // What one Cypher round trip costs on this machine, whatever the query, through the driver and
    // through the fair floor's HTTP; and what diachi's HTTP and GraphQL layers cost without any
    // Cypher (Express, Apollo, graphql-armor and the response).
    const trivial = { cypher: 'RETURN 1', params: {} };
    const roundTrip = await medianOf(() => floorRun(graph.graph.driver, 'neo4j', trivial, 1, PLAN.seconds), PLAN.repeats);
    const fairRoundTrip = await medianOf(() => httpRun(floor.url, trivial, 1, PLAN.seconds), PLAN.repeats);
    const emptyRequest = await medianOf(
      () => httpRun(diachi.url, { query: '{ __typename }', variables: {} }, 1, PLAN.seconds),
      PLAN.repeats,
    );
    log(
      `RETURN 1 through the driver: p50 ${roundTrip.p50_ms.toFixed(2)} ms; through the fair floor's HTTP: ${fairRoundTrip.p50_ms.toFixed(2)} ms; ` +
        `{ __typename } to diachi: ${emptyRequest.p50_ms.toFixed(2)} ms.`,
    );
    return {
      cypher_round_trip_p50_ms: round(roundTrip.p50_ms, 2),
      empty_graphql_request_p50_ms: round(emptyRequest.p50_ms, 2),
      fair_floor_return_1_p50_ms: round(fairRoundTrip.p50_ms, 2),
    };
  });

  const operations: OperationResult[] = [];
  const cpus: CpuResult[] = [];
  for (const op of operationsToTime) {
    await section(`time: ${op.name}`, async () => {
      const roundTrips = await checkEquivalent(op, servers);
      log(`${op.name}: the answers agree (diachi: ${roundTrips} Cypher round trips).`);
      const d = await timeCell('diachi', (c, s) => httpRun(diachi.url, op.diachi, c, s));
      const ff = await timeCell('fair floor', (c, s) => httpRun(floor.url, op.floor, c, s));
      const f = await timeCell('driver floor', (c, s) => floorRun(graph.graph.driver, 'neo4j', op.floor, c, s));
      const p = op.peer ? await timeCell('peer', (c, s) => httpRun(peer.url, op.peer!, c, s)) : null;
      // The CPU each server spends per request at concurrency 1, read from /proc around the runs.
      const cpuOf = (server: ChildServer, request: GraphQLRequest | CypherRequest) =>
        cpuPerRequest(server.pid, () => httpRun(server.url, request, 1, PLAN.seconds), PLAN.repeats);
      const cpu: CpuResult = {
        name: op.name,
        diachi: await cpuOf(diachi, op.diachi),
        fair_floor: await cpuOf(floor, op.floor),
        peer: op.peer ? await cpuOf(peer, op.peer) : null,
      };
      cpus.push(cpu);
      log(
        `  server CPU per request at c=1: diachi ${cpu.diachi.ms.toFixed(2)} ms, fair floor ${cpu.fair_floor.ms.toFixed(2)} ms, peer ${cpu.peer?.ms.toFixed(2) ?? '—'} ms`,
      );
      for (const concurrency of CONCURRENCY) {
        const [ds, ffs, fs, ps] = [d.get(concurrency)!, ff.get(concurrency)!, f.get(concurrency)!, p?.get(concurrency) ?? null];
        operations.push({
          name: op.name,
          concurrency,
          diachi: figures(ds),
          fair_floor: figures(ffs),
          floor: figures(fs),
          peer: ps ? figures(ps) : null,
          ratios: {
            diachi_over_fair_floor_p50: ratioOf(ds.p50_ms, ffs.p50_ms),
            diachi_over_floor_p50: ratioOf(ds.p50_ms, fs.p50_ms),
            diachi_over_fair_floor_p95: ratioOf(ds.p95_ms, ffs.p95_ms),
            diachi_over_peer_rps: ps ? ratioOf(ds.rps, ps.rps) : null,
          },
          diachi_round_trips: roundTrips,
          ...(op.peerNote ? { peer_note: op.peerNote } : {}),
        });
      }
    });
  }
  // The floor and the peer are done; scale runs time diachi alone.
  await Promise.all([floor.stop(), peer.stop()]);

  const costs =
    operationsToTime.length === 0 ? [] : await section('db hits and bytes (PROFILE, Bolt proxy)', () => measureCosts(operationsToTime));

  const scale = await section(`scale: ${SIZES[0]!.toLocaleString('en')} nodes`, () => timeScale(diachi, requests));
  const notes: string[] = [];
  for (const size of SIZES.slice(1)) {
    const last = loads.at(-1)!;
    // The next load at the last one's pace, its generation, and its timing runs. A larger load has
    // never been slower per node here (10^6 loads ran 1.6–1.8× faster than 10^5: the fixed costs
    // of a load, such as the stale-data scans and the last partial batches, weigh less).
    const estimate = size / last.nodes_per_second + (size / last.nodes) * last.generate_seconds + SCALE_RESERVE_SECONDS;
    if (elapsed() + estimate > BUDGET_SECONDS) {
      notes.push(
        `The ${size.toLocaleString('en')}-node step was skipped: at ${last.nodes_per_second} nodes/s it would end the run after the ${BUDGET_SECONDS / 60}-minute budget.`,
      );
      log(notes.at(-1)!);
      break;
    }
    // The estimate assumes generation grows linearly; it did not always (src/seed's
    // reestablishedFrom compares every unit with every other: 1.1 s at 2,000 units, 18 s at 8,000).
    // A load that would overrun the budget, leaving time for the scale runs, is stopped.
    try {
      const timeoutMs = (BUDGET_SECONDS - elapsed() - SCALE_RESERVE_SECONDS) * 1000;
      loads.push(await section(`load ${size.toLocaleString('en')} nodes`, () => loadSynthetic(size, timeoutMs)));
    } catch (error) {
      if (!(error instanceof GenTimeoutError)) throw error;
      notes.push(
        `The ${size.toLocaleString('en')}-node step was stopped: ${error.message} (the budget is ${BUDGET_SECONDS / 60} minutes).`,
      );
      log(notes.at(-1)!);
      break;
    }
    scale.push(...(await section(`scale: ${size.toLocaleString('en')} nodes`, () => timeScale(diachi, requests))));
  }
  await diachi.stop();

  const targets = judgeTargets(operations, costs, scale);
  const report = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memory_gib: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      neo4j: await neo4jVersion(),
      os: `${os.type()} ${os.release()}`,
      date: new Date().toISOString(),
      // The 1-minute load average before and after the run (and around each section, below).
      load_average: { start: round(loadAtStart[0]!, 2), end: round(os.loadavg()[0]!, 2) },
    },
    command,
    operations,
    costs,
    cpu: cpus,
    scale,
    loads,
    sections,
    targets,
    baseline,
    method: {
      graph: `One throw-away Neo4j (heap 4g, page cache 4g, APOC core) holding the real seeds (${seeds.nodes} nodes) and the synthetic history (seed 1).`,
      diachi:
        'startDiachi in a child process (NODE_ENV=production, query stats on), over HTTP: a process of its own, as deployed, so its event loop is not shared with autocannon’s.',
      fair_floor:
        'The floor’s Cypher behind node:http in a child process (bench/servers/floor.ts): POST { cypher, params }, one auto-commit read with diachi’s driver settings, rows made plain by diachi’s toPlain, JSON out; timed by autocannon exactly as diachi.',
      floor:
        'The same Cypher through neo4j-driver in the benchmark process: a session and an auto-commit read per call; concurrency N = N async loops, no HTTP.',
      peer: '@neo4j/graphql 7 (bench/peer/schema.graphql) with Apollo Server standalone, in a child process, over HTTP.',
      load: 'autocannon, POST with a JSON body; non-200 answers and answers with errors count as failures (none allowed).',
      percentiles:
        'p50 and p95 by nearest rank over every response latency autocannon measured (its own histogram rounds to whole ms and has no p95).',
      repeats: `${PLAN.repeats} runs of ${PLAN.seconds} s per cell after a ${PLAN.warmupSeconds} s warm-up at concurrency 16 and another at the cell's concurrency; medians of p50, p95 and requests/s, with their min–max over the runs`,
      scale: `diachi at concurrency 1, median p50 of ${SCALE_REPEATS} runs of ${PLAN.seconds} s after a ${PLAN.warmupSeconds * 2} s warm-up, once Neo4j has resampled its indexes after the load, and beside it the driver floor timed the same way (its answer checked to be diachi's at every size)`,
      cost: 'each system pointed at a TCP proxy in front of Bolt (bench/bolt/BoltProxy.ts) and asked one request at a time: bytes are the median over 3 requests of what Neo4j sent back, RUN messages are read off the wire and run again under PROFILE with the same parameters, db hits summed over each plan tree; 10^4-node graph',
      noise:
        'two figures differ only when their min–max over the runs do not overlap; a target’s verdict is marked inside the noise when diachi’s min–max overlaps the other system’s scaled by the target’s factor',
      subjects: JSON.stringify(subjects),
    },
    notes: [
      ...notes,
      ...noiseNotes(operations),
      ...explainMisses(operations, costs, scale, baseline, cpus),
      ...operationsToTime.filter((op) => op.peerNote).map((op) => `Peer, ${op.name}: ${op.peerNote}`),
      'The nested operation passes the page size as a variable, as clients do; diachi prices it with its variables (src/limits/priceOperation.ts), at about 0.4 million of its 5 million cost limit.',
      'Scale sizes count every :Entity node in the graph (real seeds included). Each load of `npm run gen` rewrites the regions already loaded and adds the new ones.',
    ],
    total_seconds: round(elapsed(), 0),
  };
  // A partial run (any option) must not pass for the project's figures: it goes under .diachi/.
  const outDir = partial ? path.join(projectRoot, '.diachi', 'bench') : path.join(projectRoot, 'bench', 'results');
  await writeReport(report, outDir);
  log(`Wrote ${path.relative(projectRoot, outDir)}/latest.json and latest.md (${Math.round(elapsed())} s in all).`);
  for (const t of report.targets) log(`${t.met ? 'met   ' : 'MISSED'}${t.inside_noise ? ' (noise)' : ''} ${t.target}: ${t.detail}`);
} catch (error) {
  if (!interrupted) {
    console.error(error);
    process.exitCode = 1;
  }
} finally {
  const hadNeo4j = neo !== undefined;
  await cleanUp();
  // No orphan JVM: the Neo4j this run started must be gone.
  const left = (() => {
    try {
      return execFileSync('pgrep', ['-f', 'CommunityEntryPoint'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();
  if (left) log(`Note: CommunityEntryPoint processes still running (not necessarily this run's): ${left.split('\n').join(', ')}`);
  else if (hadNeo4j) log('Neo4j stopped; no CommunityEntryPoint process is left.');
}
