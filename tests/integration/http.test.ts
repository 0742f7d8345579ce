import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { REQUEST_LIMITS } from '../../src/server.js';
import { execute } from '../helpers/graphql.js';

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(inject('graphqlUrl'), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('GraphQL over HTTP', () => {
  it('answers GET queries from clients that show they are not a browser form (CSRF prevention)', async () => {
    const url = `${inject('graphqlUrl')}?query=${encodeURIComponent('{ about { version } }')}`;
    const blocked = await fetch(url, { headers: { accept: 'application/json' } });
    expect(blocked.status).toBe(400);
    const allowed = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { data: { about: { version: string } } }).data.about.version).toBeTruthy();
  });

  it('refuses a POST that a browser form could send', async () => {
    const response = await fetch(inject('graphqlUrl'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ about { version } }' }),
    });
    expect(response.status).toBe(400);
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ provinces(asOf: "2000-01-01", first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = (await (await post({ extensions })).json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(unknown.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ query, extensions })).status).toBe(200);
    const hashOnly = (await (await post({ extensions })).json()) as { data: { provinces: { totalCount: number } } };
    expect(hashOnly.data.provinces.totalCount).toBe(61);
  });

  it('rejects a request body over the limit with 413', async () => {
    const response = await post({ query: `{ about { version } } #${'x'.repeat(200_000)}` });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });
});

describe('request limits (graphql-armor)', () => {
  const expectRejected = async (query: string, pattern: RegExp) => {
    const result = await execute(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(pattern);
  };

  it(`rejects queries deeper than ${REQUEST_LIMITS.maxDepth}`, async () => {
    let selection = 'slug';
    for (let i = 0; i < 7; i++) selection = `predecessors { ${selection} }`;
    await expectRejected(`{ province(id: "vinh-long-2025") { successors { ${selection.replace('slug', `predecessors { successors { predecessors { successors { slug } } } }`)} } } }`, /depth/i);
  });

  it(`rejects more than ${REQUEST_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: REQUEST_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: about { version }`).join(' ');
    await expectRejected(`{ ${aliases} }`, /alias/i);
  });

  it(`rejects more than ${REQUEST_LIMITS.maxDirectives} directives`, async () => {
    const directives = Array.from({ length: REQUEST_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    await expectRejected(`{ about ${directives} { version } }`, /directive/i);
  });

  it(`rejects more than ${REQUEST_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: REQUEST_LIMITS.maxTokens }, () => 'version').join(' ');
    await expectRejected(`{ about { ${fields} } }`, /token/i);
  });

  it(`rejects queries whose cost exceeds ${REQUEST_LIMITS.maxCost}`, async () => {
    // Each copy costs about 2,400 (polymorphic subjects weigh every Node type): ten are too many.
    const copy = (i: number) => `e${i}: events(first: 100) { edges { node { slug title date { edtf } subjects { __typename id } } } }`;
    await expectRejected(`{ ${Array.from({ length: 10 }, (_, i) => copy(i)).join(' ')} }`, /cost/i);
  });
});
