import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ERROR_CODES } from '../../src/errors/errorCodes.js';
import { startDiachi, type RunningDiachi } from '../../src/startDiachi.js';
import { hostileRequests, type HostileRequest } from '../helpers/hostileRequests.js';
import { memoryLogger, type LogEntry } from '../helpers/memoryLogger.js';
import { mapConcurrently, sendRaw, type RawResponse } from '../helpers/sendRaw.js';

// What must never reach a client in production: stack frames, driver or Java text, Cypher.
const LEAKS =
  /Neo4jError|Neo\.(ClientError|TransientError|DatabaseError)|neo4j-driver|node_modules|\bat \S+ \(|\.[jt]s:\d+|TooManyClauses|org\.apache|java\.|stacktrace|<html|<pre>/i;
const BODY_TIMEOUT_MS = 1_000;

/**
 * Issue 9's probe, as the project's own test: several hundred hostile requests against a diachi in
 * production mode (a second server over the shared test graph), each answered with JSON, a
 * documented code, no 5xx and nothing internal; the service healthy afterwards.
 */
describe('hostile input (issue 9)', () => {
  let diachi: RunningDiachi;
  let entries: LogEntry[];
  const requests = hostileRequests();
  const answers = new Map<HostileRequest, RawResponse>();

  beforeAll(async () => {
    const log = memoryLogger();
    entries = log.entries;
    const config = loadConfig({
      NODE_ENV: 'production',
      NEO4J_URI: inject('boltUri'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      DIACHI_SEED_ON_START: 'false',
      DIACHI_BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS),
      // This suite checks how input is handled, not how a loaded machine keeps time: a read that
      // waits its turn behind hundreds of others must not turn into QUERY_TIMEOUT here.
      DIACHI_QUERY_TIMEOUT_MS: '120000',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    diachi = await startDiachi(config, { logger: log.logger });
    const started = performance.now();
    const results = await mapConcurrently(requests, 8, (request) => sendRaw(diachi.url, request));
    requests.forEach((request, i) => answers.set(request, results[i]!));
    console.log(`[hostileInput] ${requests.length} requests answered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
  afterAll(async () => {
    await diachi?.stop();
  });

  it('sends several hundred requests across every class of the probe', () => {
    expect(requests.length).toBeGreaterThanOrEqual(300);
    const kinds = new Set(requests.map((r) => r.kind));
    for (const kind of [
      'malformed-json',
      'content-type',
      'encoding',
      'oversized',
      'cost-bomb',
      'depth-bomb',
      'alias-bomb',
      'directive-bomb',
      'token-bomb',
      'nesting-bomb',
      'cursor',
      'id',
      'date',
      'search-text',
      'unicode',
      'csrf',
      'batch',
      'introspection',
      'operation-type',
      'persisted-query',
      'path',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('answers every one without a 5xx, as JSON with only documented codes and nothing internal', () => {
    const problems: string[] = [];
    for (const request of requests) {
      const answer = answers.get(request)!;
      const where = `${request.kind} / ${request.name}: ${answer.status} ${answer.text.slice(0, 300)}`;
      if (answer.status >= 500) problems.push(`5xx: ${where}`);
      if (LEAKS.test(answer.text)) problems.push(`leak: ${where}`);
      if (request.method === 'HEAD' || answer.status === 204) continue;
      // Other paths belong to the web explorer (its pages, and /guide's text files): no 5xx and
      // no leak there either, but HTML is their honest type.
      if (!/^\/(graphql|graphiql|ready|health|exports)(\/|\?|$)/.test(request.path) && !/json/.test(String(answer.headers['content-type'])))
        continue;
      if (!/^application\/(graphql-response\+)?json/.test(String(answer.headers['content-type']))) {
        problems.push(`not JSON (${answer.headers['content-type']}): ${where}`);
        continue;
      }
      const body = JSON.parse(answer.text) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }>; status?: string };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      for (const code of codes)
        if (!code || !(code in ERROR_CODES) || code === 'INTERNAL_SERVER_ERROR') problems.push(`code ${code}: ${where}`);
      if (request.path.startsWith('/graphql') && !body.errors && body.data === undefined)
        problems.push(`neither data nor errors: ${where}`);
      if (request.expect?.status !== undefined && answer.status !== request.expect.status)
        problems.push(`expected ${request.expect.status}: ${where}`);
      if (request.expect?.code !== undefined && codes[0] !== request.expect.code)
        problems.push(`expected ${request.expect.code}: ${where}`);
    }
    expect(problems).toEqual([]);
  });

  it('says what a limit is, with GRAPHQL_VALIDATION_FAILED and no "Syntax Error:" prefix', () => {
    const limits = requests.filter((r) => ['cost-bomb', 'depth-bomb', 'directive-bomb'].includes(r.kind));
    for (const request of limits) {
      const body = JSON.parse(answers.get(request)!.text) as { errors: Array<{ message: string }> };
      expect(body.errors[0]!.message, request.name).not.toMatch(/^Syntax Error/);
      expect(body.errors[0]!.message, request.name).toMatch(/depth|cost|directive/i);
    }
  });

  it('sends the security headers on every answer', () => {
    for (const request of requests) {
      const { headers } = answers.get(request)!;
      expect(headers['x-content-type-options'], request.name).toBe('nosniff');
      expect(headers['x-frame-options'], request.name).toBe('DENY');
      expect(headers['content-security-policy'], request.name).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('logs none of them as an internal error', () => {
    expect(entries.filter((e) => e.event === 'internal-error')).toEqual([]);
  });

  it('answers a body that never arrives (a lying Content-Length) with 408 and closes the connection', async () => {
    const { status, text, closed } = await lyingContentLength(diachi.url);
    expect(status).toBe(408);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_TIMEOUT' } }] });
    expect(closed).toBe(true);
  });

  it('is ready and answers queries afterwards', async () => {
    const ready = await fetch(`${diachi.url}/ready`);
    expect(ready.status).toBe(200);
    const answer = await fetch(diachi.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces(first: 1) { totalCount } }' }),
    });
    expect(((await answer.json()) as { data: { provinces: { totalCount: number } } }).data.provinces.totalCount).toBeGreaterThan(0);
  });
});

/** Sends headers announcing 1,000 bytes and only 10 of them, then waits for the server's answer. */
function lyingContentLength(baseUrl: string): Promise<{ status: number; text: string; closed: boolean }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":`,
      );
    });
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), text, closed: true }));
  });
}
