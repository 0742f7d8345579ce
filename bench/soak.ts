// `npm run soak -- --connections 64 --seconds 60`: holds diachi under a realistic mix of queries
// and reports what matters for reliability: requests, errors (any non-200, or a 200 carrying
// GraphQL errors) and the API process's memory before, right after and after a rest. Not part of
// `npm test`: it takes minutes and its figures are measurements, not pass/fail (docs/errors-and-limits.md).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { findFreePort } from '../src/localNeo4j/findFreePort.js';
import { projectRoot } from '../src/config.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '60' },
    // How long one request may take before it counts as an error (autocannon's default is 10 s).
    timeout: { type: 'string', default: '30' },
  },
  strict: true,
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const timeout = Number(values.timeout);

// The mix: what the explorer and a historian's notebook ask most, weighted by repetition.
const MIX: Array<{ query: string; variables?: Record<string, unknown> }> = [
  { query: '{ about { version counts { label count } } }' },
  {
    query: 'query ($asOf: CalendarDate) { provinces(asOf: $asOf, first: 20) { totalCount edges { node { slug name kind } } } }',
    variables: { asOf: '1980-01-01' },
  },
  {
    query: 'query ($asOf: CalendarDate) { provinces(asOf: $asOf, first: 20) { totalCount edges { node { slug name kind } } } }',
    variables: { asOf: '2024-06-30' },
  },
  {
    query:
      '{ province(id: "vinh-long-2025") { slug name established { edtf } offices { edges { node { slug name tenures { edges { node { title person { name } } } } } } } } }',
  },
  {
    query: 'query ($t: String!) { search(text: $t) { score node { __typename ... on Province { slug name } } } }',
    variables: { t: 'vinh long' },
  },
  {
    query: 'query ($t: String!) { search(text: $t) { score node { __typename ... on Province { slug name } } } }',
    variables: { t: 'ha noi' },
  },
  {
    query:
      '{ lineage(provinceId: "vinh-long-2025", direction: BOTH, maxDepth: 5) { provinces { slug } links { from { slug } to { slug } } } }',
  },
  { query: '{ timeline(subjectId: "vinh-long-2025") { date { edtf } kind label } }' },
  {
    query: 'query ($n: Int) { provinces(first: $n) { edges { node { slug offices { edges { node { name } } } } } } }',
    variables: { n: 50 },
  },
  { query: '{ people(first: 20) { totalCount edges { node { slug name } } } }' },
];

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'diachi-soak-'));
const port = await findFreePort();
const api = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src', 'index.ts')], {
  cwd: projectRoot,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DIACHI_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_HTTP_PORT: String(await findFreePort()),
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let apiLog = '';
api.stdout.on('data', (chunk: Buffer) => (apiLog += chunk.toString()));
const stop = async () => {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  await rm(dataDir, { recursive: true, force: true });
};

try {
  const url = `http://127.0.0.1:${port}`;
  for (let ready = false; !ready; await pause(500)) {
    if (api.exitCode !== null) throw new Error(`diachi exited during start:\n${apiLog}`);
    ready = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
  }
  // A short warm-up, so "before" is the memory of a server that has planned its queries.
  await autocannon({ url: `${url}/graphql`, connections: 4, duration: 5, requests: requestsOf(() => {}) });
  await pause(2_000);
  const before = rssOf(api.pid!);

  let errors = 0;
  const examples = new Set<string>();
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout,
    requests: requestsOf((status, body) => {
      if (status === 200 && !body.includes('"errors"')) return;
      errors += 1;
      if (examples.size < 5) examples.add(`${status} ${body.slice(0, 200)}`);
    }),
  });
  const after = rssOf(api.pid!);
  await pause(10_000);
  const rested = rssOf(api.pid!);
  const failed = errors + result.errors + result.timeouts + result.non2xx;
  console.log(
    JSON.stringify(
      {
        connections,
        seconds,
        timeoutSeconds: timeout,
        loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(1))),
        requests: result.requests.total,
        rps: Math.round(result.requests.average),
        latency_ms: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        errors: failed,
        timeouts: result.timeouts,
        apiRssMb: { before: Math.round(before), after: Math.round(after), afterRest10s: Math.round(rested) },
        examples: [...examples],
      },
      null,
      2,
    ),
  );
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  await stop();
}

function requestsOf(onResponse: (status: number, body: string) => void): autocannon.Request[] {
  return MIX.map((request) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    onResponse,
  })) as autocannon.Request[];
}
