// `npm run bench [-- --quick]`: diachi against the floor (hand-written Cypher) and the peer
// (@neo4j/graphql) on one throw-away Neo4j holding the real seeds plus a synthetic history, then
// diachi alone as the graph grows to 10^5 and 10^6 nodes. Writes bench/results/latest.{json,md}
// only. Every process it starts is stopped at the end, whatever happens.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { projectRoot } from '../src/config.js';
import { seedGraph } from '../src/seed/seedGraph.js';
import { startBenchNeo4j, type BenchNeo4j } from './benchNeo4j.js';
import { runGen, startServer, stopAllChildren, type ChildServer } from './childProcesses.js';
import type { GenReport } from './gen.js';
import { floorRun, httpRun, medianOf, type RunPlan, type Stats } from './measure.js';
import { benchmarkOperations, scaleOperations, type GraphQLRequest, type Operation } from './operations.js';
import {
  explainMisses,
  figures,
  judgeTargets,
  round,
  writeReport,
  type LoadResult,
  type OperationResult,
  type ScaleResult,
} from './report.js';
import { chooseSubjects } from './subjects.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const CONCURRENCY = [1, 16, 64] as const;
/** The default run must end within 20 minutes on a 2-core machine; 10^6 is skipped if it would not. */
const BUDGET_SECONDS = 19 * 60;
// Per cell: a warm-up, then `repeats` runs of `seconds`, medians reported. Tuned so that the
// default run fits the budget on 2 cores with the 10^6-node load (see bench/results/latest.json).
const PLAN: RunPlan = quick ? { seconds: 1, repeats: 3, warmupSeconds: 1 } : { seconds: 1.25, repeats: 3, warmupSeconds: 1 };
const UNITS_PER_10K_NODES = 1000; // bench/synthetic/generateHistory.ts: about 10 nodes per unit
const SIZES = quick ? [10_000] : [10_000, 100_000, 1_000_000];

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const log = (line: string) => console.log(`[bench ${elapsed().toFixed(0).padStart(4)} s] ${line}`);

let neo: BenchNeo4j | undefined;
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
  await neo?.close();
}

/** POSTs one GraphQL request; a response with errors is a failure of the benchmark itself. */
async function graphql(url: string, request: GraphQLRequest): Promise<{ data: unknown; roundTrips: number | undefined }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown; extensions?: { diachi?: { cypherRoundTrips?: number } } };
  if (body.errors || !body.data) throw new Error(`GraphQL errors from ${url}: ${String(JSON.stringify(body.errors)).slice(0, 1000)}`);
  return { data: body.data, roundTrips: body.extensions?.diachi?.cypherRoundTrips };
}

async function cypher(op: Operation): Promise<Array<Record<string, unknown>>> {
  const session = neo!.graph.driver.session({ database: 'neo4j' });
  try {
    const result = await session.executeRead((tx) => tx.run(op.floor.cypher, op.floor.params));
    return result.records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

/** The three answers must agree (ids and counts) before any of them is timed. */
async function checkEquivalent(op: Operation, diachi: ChildServer, peer: ChildServer): Promise<number> {
  const d = await graphql(diachi.url, op.diachi);
  const expected = op.signatureOf.diachi(d.data);
  const answers: Array<[string, unknown]> = [['floor', op.signatureOf.floor(await cypher(op))]];
  if (op.peer) answers.push(['peer', op.signatureOf.peer!((await graphql(peer.url, op.peer)).data)]);
  for (const [system, signature] of answers) {
    if (!isDeepStrictEqual(signature, expected)) {
      throw new Error(
        `"${op.name}": the ${system} answer differs from diachi's.\n diachi: ${JSON.stringify(expected)}\n ${system}: ${JSON.stringify(signature)}`,
      );
    }
  }
  return d.roundTrips ?? Number.NaN;
}

async function timeCell(label: string, run: (concurrency: number, seconds: number) => Promise<Stats>): Promise<Map<number, Stats>> {
  await run(16, PLAN.warmupSeconds);
  const byConcurrency = new Map<number, Stats>();
  for (const concurrency of CONCURRENCY) {
    const stats = await medianOf(() => run(concurrency, PLAN.seconds), PLAN.repeats);
    if (stats.errors > 0) throw new Error(`${label} at concurrency ${concurrency}: ${stats.errors} failed requests.`);
    byConcurrency.set(concurrency, stats);
    log(
      `  ${label.padEnd(7)} c=${String(concurrency).padEnd(2)} p50 ${stats.p50_ms.toFixed(2)} ms  p95 ${stats.p95_ms.toFixed(2)} ms  ${stats.rps.toFixed(0)} req/s`,
    );
  }
  return byConcurrency;
}

async function graphNodes(): Promise<number> {
  const [row] = await neo!.graph.db.read<{ nodes: number }>('MATCH (n:Entity) RETURN count(n) AS nodes');
  return row?.nodes ?? 0;
}

async function loadSynthetic(targetNodes: number): Promise<LoadResult> {
  const units = (targetNodes / 10_000) * UNITS_PER_10K_NODES;
  log(`Loading the synthetic history for ~${targetNodes.toLocaleString('en')} nodes (npm run gen -- --units ${units})…`);
  const report = await runGen<GenReport>(['--units', String(units)], neo!.env);
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

/** Scale runs compare single latencies across sizes: more runs per median than the main table. */
const SCALE_REPEATS = 5;

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
}

async function timeScale(diachi: ChildServer, requests: ReturnType<typeof scaleOperations>): Promise<ScaleResult[]> {
  await settleAfterLoad();
  const nodes = await graphNodes();
  const results: ScaleResult[] = [];
  for (const { name, request } of requests) {
    // Fails loudly if the answer has errors at this size; a page's totalCount is the number of
    // matches its count had to visit.
    const { data } = await graphql(diachi.url, request);
    const total = (data as { provinces?: { totalCount?: number } }).provinces?.totalCount;
    await httpRun(diachi.url, request, 1, PLAN.warmupSeconds * 2);
    const stats = await medianOf(() => httpRun(diachi.url, request, 1, PLAN.seconds), SCALE_REPEATS);
    if (stats.errors > 0) throw new Error(`scale ${name}: ${stats.errors} failed requests.`);
    results.push({ nodes, name, p50_ms: round(stats.p50_ms, 2), ...(total === undefined ? {} : { total_count: total }) });
    log(`  ${nodes.toLocaleString('en')} nodes: ${name} p50 ${stats.p50_ms.toFixed(2)} ms`);
  }
  return results;
}

async function neo4jVersion(): Promise<string> {
  const [row] = await neo!.graph.db.read<{ versions: string[]; edition: string }>(
    "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions, edition",
  );
  return row ? `${row.versions[0]} ${row.edition}` : 'unknown';
}

const loadAtStart = os.loadavg();
try {
  log(`diachi benchmark${quick ? ' (--quick)' : ''}: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`);
  neo = await startBenchNeo4j((line) => log(line));
  const seeds = await seedGraph(neo.graph.db);
  log(`Real seeds: ${seeds.nodes} nodes, ${seeds.relationships} relationships in ${seeds.seconds.toFixed(1)} s.`);
  const loads = [await loadSynthetic(SIZES[0]!)];
  const subjects = await chooseSubjects(neo.graph.db);
  log(`Subjects: ${JSON.stringify(subjects)}`);

  // Both servers run in child processes: each has its own event loop, as in production, and
  // neither competes with autocannon (which runs here) for this process's thread.
  const [diachi, peer] = await Promise.all([startServer('diachi', neo.env), startServer('peer', neo.env)]);
  log(`diachi at ${diachi.url} (pid ${diachi.pid}), @neo4j/graphql at ${peer.url} (pid ${peer.pid}).`);

  // A first warm-up of everything, before any figure is kept: the JITs of the two servers and of
  // Neo4j otherwise still compile during the first operations' runs, which then look slower.
  const operationsToTime = benchmarkOperations(subjects);
  for (const op of operationsToTime) {
    await checkEquivalent(op, diachi, peer);
    await httpRun(diachi.url, op.diachi, 16, PLAN.warmupSeconds);
    await floorRun(neo.graph.driver, 'neo4j', op.floor, 16, PLAN.warmupSeconds);
    if (op.peer) await httpRun(peer.url, op.peer, 16, PLAN.warmupSeconds);
  }
  log('Warmed up: every operation on every system.');

  // What one Cypher round trip costs on this machine, whatever the query: the floor of every
  // figure below, and what each extra round trip of diachi adds.
  const roundTrip = await medianOf(
    () => floorRun(neo!.graph.driver, 'neo4j', { cypher: 'RETURN 1', params: {} }, 1, PLAN.seconds),
    PLAN.repeats,
  );
  log(`One trivial Cypher round trip (RETURN 1, driver, concurrency 1): p50 ${roundTrip.p50_ms.toFixed(2)} ms.`);
  // What diachi's HTTP and GraphQL layers cost without any Cypher: Express, Apollo (parsing and
  // validation are cached per document), graphql-armor and the response, over autocannon.
  const emptyRequest = await medianOf(() => httpRun(diachi.url, { query: '{ __typename }', variables: {} }, 1, PLAN.seconds), PLAN.repeats);
  log(`An empty GraphQL request to diachi ({ __typename }, HTTP, concurrency 1): p50 ${emptyRequest.p50_ms.toFixed(2)} ms.`);

  const operations: OperationResult[] = [];
  for (const op of operationsToTime) {
    const roundTrips = await checkEquivalent(op, diachi, peer);
    log(`${op.name}: the answers agree (diachi: ${roundTrips} Cypher round trips).`);
    const d = await timeCell('diachi', (c, s) => httpRun(diachi.url, op.diachi, c, s));
    const f = await timeCell('floor', (c, s) => floorRun(neo!.graph.driver, 'neo4j', op.floor, c, s));
    const p = op.peer ? await timeCell('peer', (c, s) => httpRun(peer.url, op.peer!, c, s)) : null;
    for (const concurrency of CONCURRENCY) {
      const [ds, fs, ps] = [d.get(concurrency)!, f.get(concurrency)!, p?.get(concurrency) ?? null];
      operations.push({
        name: op.name,
        concurrency,
        diachi: figures(ds),
        floor: figures(fs),
        peer: ps ? figures(ps) : null,
        ratios: {
          diachi_over_floor_p50: round(ds.p50_ms / fs.p50_ms, 2),
          diachi_over_peer_rps: ps ? round(ds.rps / ps.rps, 2) : null,
        },
        diachi_round_trips: roundTrips,
        ...(op.peerNote ? { peer_note: op.peerNote } : {}),
      });
    }
  }
  // The peer is done; scale runs time diachi alone.
  await peer.stop();

  const requests = scaleOperations(subjects);
  const scale = await timeScale(diachi, requests);
  const notes: string[] = [];
  for (const size of SIZES.slice(1)) {
    const last = loads.at(-1)!;
    // The next load at the last one's pace, its generation, and its timing runs. A larger load has
    // never been slower per node here (10^6 loads ran 1.6–1.8× faster than 10^5: the fixed costs
    // of a load, such as the stale-data scans and the last partial batches, weigh less).
    const estimate = size / last.nodes_per_second + (size / last.nodes) * last.generate_seconds + 60;
    if (elapsed() + estimate > BUDGET_SECONDS) {
      notes.push(
        `The ${size.toLocaleString('en')}-node step was skipped: at ${last.nodes_per_second} nodes/s it would end the run after the ${BUDGET_SECONDS / 60}-minute budget.`,
      );
      log(notes.at(-1)!);
      break;
    }
    loads.push(await loadSynthetic(size));
    scale.push(...(await timeScale(diachi, requests)));
  }
  await diachi.stop();

  const peerNotes = benchmarkOperations(subjects).filter((op) => op.peerNote);
  const targets = judgeTargets(operations, scale, loads);
  const report = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memory_gib: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      neo4j: await neo4jVersion(),
      os: `${os.type()} ${os.release()}`,
      date: new Date().toISOString(),
      // The 1-minute load average before and after the run: above the run's own ~2 (Neo4j plus a
      // server or the load generator), something else was using the cores.
      load_average: { start: round(loadAtStart[0]!, 2), end: round(os.loadavg()[0]!, 2) },
    },
    command: quick ? 'npm run bench -- --quick' : 'npm run bench',
    operations,
    scale,
    seed: { nodes: loads.at(-1)!.nodes, relationships: loads.at(-1)!.relationships, seconds: loads.at(-1)!.seconds },
    loads,
    targets,
    baseline: { cypher_round_trip_p50_ms: round(roundTrip.p50_ms, 2), empty_graphql_request_p50_ms: round(emptyRequest.p50_ms, 2) },
    method: {
      graph: `One throw-away Neo4j (heap 4g, page cache 4g, APOC core) holding the real seeds (${seeds.nodes} nodes) and the synthetic history (seed 1).`,
      diachi:
        'startDiachi in a child process (NODE_ENV=production, query stats on), over HTTP: a process of its own, as deployed, so its event loop is not shared with autocannon’s.',
      floor:
        'One hand-written Cypher query per operation through neo4j-driver in the benchmark process: a session and an auto-commit read per call; concurrency N = N async loops, no HTTP.',
      peer: '@neo4j/graphql 7 (bench/peer/schema.graphql) with Apollo Server standalone, in a child process, over HTTP.',
      load: 'autocannon, POST with a JSON body; non-200 answers and answers with GraphQL errors count as failures (none allowed).',
      percentiles:
        'p50 and p95 by nearest rank over every response latency autocannon measured (its own histogram rounds to whole ms and has no p95).',
      repeats: `${PLAN.repeats} runs of ${PLAN.seconds} s per cell after a ${PLAN.warmupSeconds} s warm-up at concurrency 16; medians of p50, p95 and requests/s`,
      scale: `diachi alone, concurrency 1, median p50 of ${SCALE_REPEATS} runs of ${PLAN.seconds} s after a ${PLAN.warmupSeconds * 2} s warm-up, once Neo4j has resampled its indexes after the load`,
      subjects: JSON.stringify(subjects),
    },
    notes: [
      ...notes,
      ...explainMisses(operations, scale, loads, { roundTripMs: roundTrip.p50_ms, emptyRequestMs: emptyRequest.p50_ms }),
      ...peerNotes.map((op) => `Peer, ${op.name}: ${op.peerNote}`),
      'The nested operation passes the page size as a variable, as clients do; diachi prices it with its variables (src/limits/priceOperation.ts), at about 0.4 million of its 5 million cost limit.',
      'Scale sizes count every :Entity node in the graph (real seeds included). Each load of `npm run gen` rewrites the regions already loaded and adds the new ones.',
    ],
    total_seconds: round(elapsed(), 0),
  };
  await writeReport(report, projectRoot);
  log(`Wrote bench/results/latest.json and bench/results/latest.md (${Math.round(elapsed())} s in all).`);
  for (const t of report.targets) log(`${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.detail}`);
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
