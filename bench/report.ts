import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OperationCost } from './bolt/measureCost.js';
import { overlaps, type CpuPerRequest, type Measured, type Range } from './measure.js';

export interface Figures {
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly rps: number;
  /** Min–max of each figure over the repeated runs of the cell. */
  readonly spread: { readonly p50_ms: Range; readonly p95_ms: Range; readonly rps: Range };
}

export interface OperationResult {
  readonly name: string;
  readonly concurrency: number;
  readonly diachi: Figures;
  /** The floor's Cypher behind node:http (bench/servers/floor.ts), timed by autocannon like diachi. */
  readonly fair_floor: Figures;
  /** The floor's Cypher through neo4j-driver alone: N async loops, no HTTP. */
  readonly floor: Figures;
  readonly peer: Figures | null;
  readonly ratios: {
    readonly diachi_over_fair_floor_p50: number;
    readonly diachi_over_floor_p50: number;
    readonly diachi_over_fair_floor_p95: number;
    readonly diachi_over_peer_rps: number | null;
  };
  /** Cypher round trips diachi made for one request (extensions.diachi.cypherRoundTrips). */
  readonly diachi_round_trips: number;
  readonly peer_note?: string;
}

/** db hits (PROFILE) and bytes on the wire for one request of an operation, per system. */
export interface CostResult {
  readonly name: string;
  readonly diachi: OperationCost;
  readonly floor: OperationCost;
  readonly peer: OperationCost | null;
  readonly ratios: { readonly db_hits: number; readonly bytes: number };
  /** diachi's captured statements replayed through the driver alone at concurrency 1 (no HTTP, no GraphQL). */
  readonly diachi_statements_alone: Figures;
}

/** Each server's CPU per request at concurrency 1 (its process's CPU time over a run ÷ requests). */
export interface CpuResult {
  readonly name: string;
  readonly diachi: CpuPerRequest;
  readonly fair_floor: CpuPerRequest;
  readonly peer: CpuPerRequest | null;
}

export interface ScaleResult {
  readonly nodes: number;
  readonly name: string;
  readonly p50_ms: number;
  readonly spread: Range;
  /** For a page: its totalCount, the number of matches the count visits. */
  readonly total_count?: number;
  /** Whether the answer (ids and counts) is the one at the smallest size; absent at the smallest. */
  readonly same_answer?: boolean;
  /** Bytes of diachi's answer (its `data` as JSON): how much there was to resolve and send. */
  readonly answer_bytes?: number;
  /** The floor's Cypher through the driver at the same size (operations that have a floor). */
  readonly floor_p50_ms?: number;
  readonly floor_spread?: Range;
  /** Why the floor could not be timed at this size (diachi's figures stand). */
  readonly floor_error?: string;
  /** Why the operation could not be timed at this size (p50 is then NaN). */
  readonly error?: string;
}

export interface LoadResult {
  readonly target_nodes: number;
  readonly units: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  readonly nodes_per_second: number;
  readonly generate_seconds: number;
  readonly graph_nodes_after: number;
}

/** The 1-minute load average around one section of the run: above the run's own ~2, something else shared the cores. */
export interface SectionLoad {
  readonly section: string;
  readonly seconds: number;
  readonly load_average_before: number;
  readonly load_average_after: number;
}

export interface Target {
  readonly target: string;
  readonly met: boolean;
  readonly detail: string;
  /** The spreads overlap at the threshold: another run could give the other verdict. */
  readonly inside_noise: boolean;
}

export interface BenchReport {
  readonly machine: {
    cpu: string;
    cores: number;
    memory_gib: number;
    node: string;
    neo4j: string;
    os: string;
    date: string;
    load_average: { start: number; end: number };
  };
  readonly command: string;
  readonly operations: OperationResult[];
  readonly costs: CostResult[];
  readonly cpu: CpuResult[];
  readonly scale: ScaleResult[];
  readonly loads: LoadResult[];
  readonly sections: SectionLoad[];
  readonly targets: Target[];
  readonly baseline: {
    readonly cypher_round_trip_p50_ms: number;
    readonly empty_graphql_request_p50_ms: number;
    readonly fair_floor_return_1_p50_ms: number;
  };
  readonly method: Record<string, string>;
  readonly notes: string[];
  readonly total_seconds: number;
}

export const round = (value: number, digits: number) => Number(value.toFixed(digits));
/** a ÷ b, or NaN (null in JSON, n/a in the report) when b is 0: a run with no answer at all on a saturated machine. */
export const ratioOf = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? round(a / b, 2) : Number.NaN);
const factor = (ratio: number | null) => (ratio === null ? '—' : Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a');
export const roundRange = ([min, max]: Range, digits: number): Range => [round(min, digits), round(max, digits)];

export const figures = ({ p50_ms, p95_ms, rps, spread }: Measured): Figures => ({
  p50_ms: round(p50_ms, 2),
  p95_ms: round(p95_ms, 2),
  rps: round(rps, 0),
  spread: { p50_ms: roundRange(spread.p50_ms, 2), p95_ms: roundRange(spread.p95_ms, 2), rps: roundRange(spread.rps, 0) },
});

const times = ([min, max]: Range, factor: number): Range => [min * factor, max * factor];

/**
 * The targets of issue 15, judged from the figures of this run. A verdict is marked inside the
 * noise when diachi's spread overlaps the other system's spread scaled by the target's factor.
 */
export function judgeTargets(operations: OperationResult[], costs: CostResult[], scale: ScaleResult[]): Target[] {
  const targets: Target[] = [];
  for (const op of operations.filter((o) => o.concurrency === 1)) {
    const ratio = op.ratios.diachi_over_fair_floor_p50;
    targets.push({
      target: `p50 within 1.3× the fair floor at concurrency 1: ${op.name}`,
      met: ratio <= 1.3,
      detail: `${factor(ratio)} (${op.diachi.p50_ms} vs ${op.fair_floor.p50_ms} ms)`,
      inside_noise: overlaps(op.diachi.spread.p50_ms, times(op.fair_floor.spread.p50_ms, 1.3)),
    });
  }
  for (const op of operations.filter((o) => o.concurrency === 16 && o.peer)) {
    const ratio = op.ratios.diachi_over_peer_rps!;
    targets.push({
      target: `throughput at least 1.5× the peer's at concurrency 16: ${op.name}`,
      met: ratio >= 1.5,
      detail: `${factor(ratio)} (${op.diachi.rps} vs ${op.peer!.rps} requests/s)`,
      inside_noise: overlaps(op.diachi.spread.rps, times(op.peer!.spread.rps, 1.5)),
    });
  }
  for (const cost of costs) {
    targets.push({
      target: `db hits within 1.5× the floor's: ${cost.name}`,
      met: cost.ratios.db_hits <= 1.5,
      detail: `${factor(cost.ratios.db_hits)} (${cost.diachi.db_hits} vs ${cost.floor.db_hits})`,
      inside_noise: false,
    });
    targets.push({
      target: `bytes within 1.5× the floor's: ${cost.name}`,
      met: cost.ratios.bytes <= 1.5,
      detail: `${factor(cost.ratios.bytes)} (${cost.diachi.bytes} vs ${cost.floor.bytes} B)`,
      inside_noise: false,
    });
  }
  const sizes = [...new Set(scale.map((s) => s.nodes))].sort((a, b) => a - b);
  if (sizes.length > 1) {
    const [smallest, largest] = [sizes[0]!, sizes.at(-1)!];
    for (const name of new Set(scale.map((s) => s.name))) {
      const small = scale.find((s) => s.name === name && s.nodes === smallest);
      const large = scale.find((s) => s.name === name && s.nodes === largest);
      if (!small || !large) continue;
      const ratio = ratioOf(large.p50_ms, small.p50_ms);
      targets.push({
        target: `p50 at ${largest.toLocaleString('en')} nodes within 1.5× of ${smallest.toLocaleString('en')}: ${name}`,
        met: ratio <= 1.5,
        detail: large.error
          ? `failed at ${largest.toLocaleString('en')} nodes: ${large.error}`
          : `${factor(ratio)} (${small.p50_ms} → ${large.p50_ms} ms)`,
        inside_noise: overlaps(large.spread, times(small.spread, 1.5)),
      });
    }
  }
  for (const op of operations.filter((o) => o.concurrency === 64)) {
    const ratio = op.ratios.diachi_over_fair_floor_p95;
    targets.push({
      target: `p95 at concurrency 64 within 3× the fair floor's: ${op.name}`,
      met: ratio <= 3,
      detail: `${factor(ratio)} (${op.diachi.p95_ms} vs ${op.fair_floor.p95_ms} ms)`,
      inside_noise: overlaps(op.diachi.spread.p95_ms, times(op.fair_floor.spread.p95_ms, 3)),
    });
  }
  return targets;
}

/** Which diachi-versus-other differences of this run are inside the noise: their spreads overlap. */
export function noiseNotes(operations: OperationResult[]): string[] {
  const notes: string[] = [];
  const list = (items: string[]) => (items.length > 0 ? items.join('; ') : 'none');
  const p50 = (other: 'fair_floor' | 'floor') =>
    operations.filter((o) => overlaps(o.diachi.spread.p50_ms, o[other].spread.p50_ms)).map((o) => `${o.name} at ${o.concurrency}`);
  const peerRps = operations
    .filter((o) => o.peer && overlaps(o.diachi.spread.rps, o.peer.spread.rps))
    .map((o) => `${o.name} at ${o.concurrency}`);
  notes.push(`Inside the noise (min–max of the runs overlap), p50 of diachi and the fair floor: ${list(p50('fair_floor'))}.`);
  notes.push(`Inside the noise, p50 of diachi and the driver-only floor: ${list(p50('floor'))}.`);
  notes.push(`Inside the noise, requests/s of diachi and the peer: ${list(peerRps)}.`);
  return notes;
}

/** Why the missed targets were missed, in this run's own figures. */
export function explainMisses(
  operations: OperationResult[],
  costs: CostResult[],
  scale: ScaleResult[],
  baseline: BenchReport['baseline'],
  cpus: CpuResult[],
): string[] {
  const notes: string[] = [
    `Baselines at concurrency 1: a trivial Cypher round trip (RETURN 1 through the driver) ${baseline.cypher_round_trip_p50_ms} ms; ` +
      `the same through the fair floor's HTTP server ${baseline.fair_floor_return_1_p50_ms} ms; an empty GraphQL request to diachi ` +
      `({ __typename }) ${baseline.empty_graphql_request_p50_ms} ms. The difference between the last two is what diachi's HTTP and GraphQL ` +
      `layers cost beyond the fair floor's before any Cypher.`,
  ];
  const missedAtOne = operations.filter((o) => o.concurrency === 1 && o.ratios.diachi_over_fair_floor_p50 > 1.3);
  if (missedAtOne.length > 0) {
    const gaps = missedAtOne.map((o) => {
      const cost = costs.find((c) => c.name === o.name);
      const work = cost ? `, ${cost.ratios.db_hits.toFixed(1)}× the db hits and ${cost.ratios.bytes.toFixed(1)}× the bytes` : '';
      return `${o.name} +${(o.diachi.p50_ms - o.fair_floor.p50_ms).toFixed(1)} ms (${o.diachi_round_trips} round trip${o.diachi_round_trips === 1 ? '' : 's'}${work})`;
    });
    notes.push(`Concurrency 1, diachi's p50 over the fair floor's: ${gaps.join('; ')}.`);
    const split = missedAtOne.flatMap((o) => {
      const alone = costs.find((c) => c.name === o.name)?.diachi_statements_alone;
      const cpu = cpus.find((c) => c.name === o.name);
      if (!alone || !cpu) return [];
      const gap = o.diachi.p50_ms - o.fair_floor.p50_ms;
      const neo4j = alone.p50_ms - o.floor.p50_ms;
      return [
        `${o.name}: of +${gap.toFixed(2)} ms, ${neo4j.toFixed(2)} ms in Neo4j and the driver (diachi's statements alone ` +
          `${ms(alone.p50_ms)} ms against the floor's ${ms(o.floor.p50_ms)} ms) and ${(gap - neo4j).toFixed(2)} ms above the driver ` +
          `(server CPU per request ${cpu.diachi.ms.toFixed(2)} ms against the fair floor's ${cpu.fair_floor.ms.toFixed(2)} ms)`,
      ];
    });
    if (split.length > 0) {
      notes.push(
        `Where each missed concurrency-1 gap goes, from this run's figures (the table "Where the time goes"): ${split.join('; ')}.`,
      );
    }
  }
  const sizes = [...new Set(scale.map((s) => s.nodes))].sort((a, b) => a - b);
  if (sizes.length > 1) {
    const grown = [...new Set(scale.map((s) => s.name))].flatMap((name) => {
      const [first, last] = [sizes[0], sizes.at(-1)].map((nodes) => scale.find((s) => s.name === name && s.nodes === nodes));
      if (!first || !last || first.error || last.error || last.p50_ms / first.p50_ms <= 1.5) return [];
      const floor =
        first.floor_p50_ms !== undefined && last.floor_p50_ms !== undefined
          ? `, the floor's ${ms(first.floor_p50_ms)} → ${ms(last.floor_p50_ms)} ms (${factor(ratioOf(last.floor_p50_ms, first.floor_p50_ms))})`
          : '';
      const answer =
        first.answer_bytes !== undefined && last.answer_bytes !== undefined
          ? `, its answer ${whole(first.answer_bytes)} → ${whole(last.answer_bytes)} bytes`
          : '';
      return [
        `${name}: diachi ${ms(first.p50_ms)} → ${ms(last.p50_ms)} ms (${factor(ratioOf(last.p50_ms, first.p50_ms))})${floor}${answer}`,
      ];
    });
    if (grown.length > 0) {
      notes.push(
        `Grew over 1.5× from ${sizes[0]!.toLocaleString('en')} to ${sizes.at(-1)!.toLocaleString('en')} nodes, beside the floor over the same sizes: ${grown.join('; ')}.`,
      );
    }
  }
  const failed = scale.filter((s) => s.error);
  if (failed.length > 0) {
    notes.push(
      `Failed in the scale runs: ${failed.map((s) => `${s.name} at ${s.nodes.toLocaleString('en')} nodes (${s.error})`).join('; ')}.`,
    );
  }
  const changed = [...new Set(scale.filter((s) => s.same_answer === false).map((s) => s.name))];
  if (changed.length > 0) {
    notes.push(
      `Answers that changed as the graph grew (the same request over more units; expected for the as-of pages and the search, ` +
        `whose candidates grow, not for the subjects of the first regions): ${changed.join('; ')}.`,
    );
  }
  const pages = scale.filter((s) => s.total_count !== undefined && /as of a date/.test(s.name));
  if (pages.length > 1) {
    const [first, last] = [pages[0]!, pages.at(-1)!];
    notes.push(
      `The as-of page reads its totalCount from the unit census (one index seek) and its 20 units from the sortName index, ` +
        `stopping when the page is full: ${first.total_count!.toLocaleString('en')} units existed on the day at ` +
        `${first.nodes.toLocaleString('en')} nodes, ${last.total_count!.toLocaleString('en')} at ${last.nodes.toLocaleString('en')}.`,
    );
  }
  return notes;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const spreadOf = ([min, max]: Range, format: (v: number) => string) => `${format(min)}–${format(max)}`;
const whole = (value: number) => Math.round(value).toLocaleString('en');
/** p50 (min–max) / p95 / rps (min–max). */
const cell = (f: Figures | null) =>
  f ? `${ms(f.p50_ms)} (${spreadOf(f.spread.p50_ms, ms)}) / ${ms(f.p95_ms)} / ${whole(f.rps)} (${spreadOf(f.spread.rps, whole)})` : '—';
const costCell = (c: OperationCost | null, figure: 'db_hits' | 'bytes') => (c ? whole(c[figure]) : '—');

export function toMarkdown(report: BenchReport): string {
  const { machine } = report;
  const sizes = [...new Set(report.scale.map((s) => s.nodes))].sort((a, b) => a - b);
  const scaleNames = [...new Set(report.scale.map((s) => s.name))];
  const lines = [
    `Produced by \`${report.command}\` on ${machine.date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gib} GiB, ` +
      `Node ${machine.node}, Neo4j ${machine.neo4j} (load average ${machine.load_average.start} before, ${machine.load_average.end} after); ${Math.round(report.total_seconds)} s in all. ` +
      `Every figure is the median of ${report.method.repeats}. Raw figures: \`latest.json\` beside this file.`,
    '',
    'Latency p50 (min–max of the runs) / p95 in ms, and requests per second (min–max). diachi, the fair floor and the peer are timed ' +
      'over HTTP with autocannon; the fair floor is the best hand-written Cypher per operation behind a minimal node:http server; the ' +
      'driver floor is the same Cypher through neo4j-driver alone, at concurrency N as N concurrent async loops (no HTTP).',
    '',
    '| Operation | Conc. | diachi | fair floor (HTTP) | driver floor | peer | diachi ÷ fair floor (p50) | diachi ÷ driver floor (p50) | diachi ÷ peer (rps) | diachi round trips |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.operations.map(
      (o) =>
        `| ${o.name} | ${o.concurrency} | ${cell(o.diachi)} | ${cell(o.fair_floor)} | ${cell(o.floor)} | ${cell(o.peer)} | ` +
        `${factor(o.ratios.diachi_over_fair_floor_p50)} | ${factor(o.ratios.diachi_over_floor_p50)} | ${factor(o.ratios.diachi_over_peer_rps)} | ${o.diachi_round_trips} |`,
    ),
    '',
    `Work per request: db hits summed over the PROFILE plan of every statement the system sent, and bytes Neo4j sent back on the wire (${report.method.cost}).`,
    '',
    '| Operation | diachi statements | db hits diachi / floor / peer | diachi ÷ floor (db hits) | bytes diachi / floor / peer | diachi ÷ floor (bytes) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...report.costs.map(
      (c) =>
        `| ${c.name} | ${c.diachi.statements} | ${costCell(c.diachi, 'db_hits')} / ${costCell(c.floor, 'db_hits')} / ${costCell(c.peer, 'db_hits')} | ` +
        `${factor(c.ratios.db_hits)} | ${costCell(c.diachi, 'bytes')} / ${costCell(c.floor, 'bytes')} / ${costCell(c.peer, 'bytes')} | ${factor(c.ratios.bytes)} |`,
    ),
    '',
    'Where the time goes at concurrency 1: diachi’s statements (as captured above) replayed through the driver alone, beside the ' +
      'floor’s, split its p50 into Neo4j and the driver, and everything above them; each server’s CPU per request (its process’s ' +
      'CPU time over a run, every thread and garbage collection included, ÷ the requests; median and min–max of the runs) is the ' +
      'work in the server process (the driver’s encoding and decoding included) that a request waits for on an idle machine.',
    '',
    '| Operation | p50 diachi / fair floor | statements alone (driver): diachi / floor | server CPU per request (ms): diachi / fair floor / peer |',
    '| --- | ---: | ---: | ---: |',
    ...report.cpu.map((c) => {
      const o = report.operations.find((op) => op.name === c.name && op.concurrency === 1);
      const alone = report.costs.find((cost) => cost.name === c.name)?.diachi_statements_alone;
      const cpuCell = (v: CpuPerRequest | null) => (v ? `${ms(v.ms)} (${spreadOf(v.spread, ms)})` : '—');
      return (
        `| ${c.name} | ${o ? `${ms(o.diachi.p50_ms)} / ${ms(o.fair_floor.p50_ms)}` : '—'} | ` +
        `${alone && o ? `${ms(alone.p50_ms)} (${spreadOf(alone.spread.p50_ms, ms)}) / ${ms(o.floor.p50_ms)}` : '—'} | ` +
        `${cpuCell(c.diachi)} / ${cpuCell(c.fair_floor)} / ${cpuCell(c.peer)} |`
      );
    }),
    '',
    `p50 in ms as the graph grows, diachi (min–max) and the driver floor: ${report.method.scale}.`,
    '',
    `| Operation | ${sizes.map((n) => `${n.toLocaleString('en')} nodes`).join(' | ')} | largest ÷ smallest | floor: largest ÷ smallest |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} | ---: | ---: |`,
    ...scaleNames.map((name) => {
      const row = sizes.map((nodes) => report.scale.find((s) => s.name === name && s.nodes === nodes));
      const [first, last] = [row[0], row.at(-1)];
      const ratio = first && last && row.length > 1 ? factor(ratioOf(last.p50_ms, first.p50_ms)) : '—';
      const floorOf = (s: ScaleResult) =>
        s.floor_error ? '; floor failed' : s.floor_p50_ms === undefined ? '' : `; floor ${ms(s.floor_p50_ms)}`;
      const value = (s: ScaleResult | undefined) =>
        !s ? '—' : s.error ? 'failed' : `${ms(s.p50_ms)} (${spreadOf(s.spread, ms)})${floorOf(s)}`;
      const floorRatio =
        first?.floor_p50_ms !== undefined && last?.floor_p50_ms !== undefined && row.length > 1
          ? factor(ratioOf(last.floor_p50_ms, first.floor_p50_ms))
          : '—';
      return `| ${name} | ${row.map(value).join(' | ')} | ${ratio} | ${floorRatio} |`;
    }),
    '',
    'Synthetic loads (`npm run gen`, through the seed loader):',
    '',
    '| Units | Nodes | Relationships | Load (s) | Nodes/s | Generation (s) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.loads.map(
      (l) =>
        `| ${l.units.toLocaleString('en')} | ${l.nodes.toLocaleString('en')} | ${l.relationships.toLocaleString('en')} | ${l.seconds} | ${whole(
          l.nodes_per_second,
        )} | ${l.generate_seconds} |`,
    ),
    '',
    'Load average (1 minute) around each section of the run: above about 2 (Neo4j plus one server or the load generator), something else shared the cores.',
    '',
    '| Section | Seconds | Load before | Load after |',
    '| --- | ---: | ---: | ---: |',
    ...report.sections.map((s) => `| ${s.section} | ${s.seconds} | ${s.load_average_before} | ${s.load_average_after} |`),
    '',
    'Targets (⚠️: the spreads overlap at the threshold, so the verdict is inside the noise of this run):',
    '',
    ...report.targets.map((t) => `- ${t.met ? '✅' : '❌'}${t.inside_noise ? ' ⚠️' : ''} ${t.target}: ${t.detail}`),
    ...(report.notes.length > 0 ? ['', 'Notes:', '', ...report.notes.map((n) => `- ${n}`)] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Writes latest.json and latest.md into `dir`, and nothing else: the docs link to
 * bench/results/latest.md (docs/benchmarks.md) instead of holding a copy a run rewrites.
 */
export async function writeReport(report: BenchReport, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(dir, 'latest.md'), `# diachi benchmark\n\n${toMarkdown(report)}`);
}
