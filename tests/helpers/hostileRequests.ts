import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { REQUEST_LIMITS } from '../../src/limits/requestLimits.js';

/** One hostile HTTP request, and (for the classes where one answer is right) the answer expected. */
export interface HostileRequest {
  readonly kind: string;
  readonly name: string;
  readonly method: string;
  /** Path and query string, from the server's root. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
  readonly expect?: { readonly status?: number; readonly code?: string };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A small deterministic generator (mulberry32), so a failing case is the same case on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const post = (
  kind: string,
  name: string,
  body: unknown,
  expect?: HostileRequest['expect'],
  headers: Record<string, string> = {},
): HostileRequest => ({
  kind,
  name,
  method: 'POST',
  path: '/graphql',
  headers: { ...JSON_HEADERS, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...(expect ? { expect } : {}),
});
const query = (kind: string, name: string, text: string, variables?: unknown, expect?: HostileRequest['expect']) =>
  post(kind, name, { query: text, ...(variables === undefined ? {} : { variables }) }, expect);

const VALIDATION = { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } as const;
const PARSE = { status: 400, code: 'GRAPHQL_PARSE_FAILED' } as const;

/**
 * Several hundred requests across the classes of issue 9's probe: malformed JSON, content types
 * and encodings, oversized bodies, depth/alias/directive/cost bombs (literals and variables),
 * cursors, ids, dates, Cypher- and Lucene-shaped text, Unicode oddities, CSRF, batches,
 * introspection, mutations, persisted queries and unknown paths.
 */
export function hostileRequests(seed = 9): HostileRequest[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const requests: HostileRequest[] = [];
  const add = (...items: HostileRequest[]) => requests.push(...items);

  // Malformed JSON bodies.
  for (const body of [
    '',
    '{',
    '}',
    '{"query":',
    '{"query": "{ about { version } }"',
    'null',
    'true',
    '42',
    '"text"',
    '{"query": 1}',
    '{"query": null}',
    '{"query": {}}',
    '{"query": []}',
    '{"query": "{ about { version } }", "variables": "x"}',
    '{"query": "{ about { version } }", "variables": [1]}',
    '{"query": "{ about { version } }", "operationName": 5}',
    '{"query": "{ about { version } }", "extensions": 5}',
    '\u0000',
    '{"query":"\\ud800"}',
    '{"a":'.repeat(200),
    '['.repeat(5000),
    '{"query": "{ about { version } }"}garbage',
    '\ufeff{"query": "{ about { version } }"}',
  ]) {
    add(post('malformed-json', JSON.stringify(body.slice(0, 40)), body));
  }
  for (let i = 0; i < 20; i++) {
    const chars = '{}[]":,\\ntrue01abc';
    const body = Array.from({ length: 1 + Math.floor(rand() * 60) }, () => pick([...chars])).join('');
    add(post('malformed-json', `random ${i}`, body));
  }

  // Content types and encodings.
  const ok = JSON.stringify({ query: '{ about { version } }' });
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/graphql',
    'application/json; charset=latin1',
    'application/json; charset=utf-16',
    'application/json; charset=koi8-r',
    'application/json; charset=nonsense',
    'application/json; charset=utf-8',
    'application/graphql-response+json',
    '*/*',
    'application/json;;;',
    'APPLICATION/JSON',
    'application/json; boundary=x',
  ]) {
    add({ kind: 'content-type', name: type, method: 'POST', path: '/graphql', headers: { 'content-type': type }, body: ok });
  }
  for (const encoding of ['gzip', 'deflate', 'br', 'compress', 'x-nonsense', 'gzip, gzip', 'identity']) {
    add({
      kind: 'encoding',
      name: `${encoding} (body not encoded)`,
      method: 'POST',
      path: '/graphql',
      headers: { ...JSON_HEADERS, 'content-encoding': encoding },
      body: ok,
    });
  }
  add({
    kind: 'encoding',
    name: 'gzip bomb (1 MB of spaces)',
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_HEADERS, 'content-encoding': 'gzip' },
    body: gzipSync(Buffer.from(`{"query": "{ about { version } }"${' '.repeat(1_000_000)}}`)),
    expect: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  });

  // Oversized bodies.
  for (const size of [102_401, 200_000, 1_000_000]) {
    add(
      query('oversized', `${size} bytes`, `{ about { version } } #${'x'.repeat(size)}`, undefined, {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      }),
    );
  }
  add(
    query(
      'oversized',
      'huge variables',
      '{ about { version } }',
      { blob: 'x'.repeat(150_000) },
      { status: 413, code: 'PAYLOAD_TOO_LARGE' },
    ),
  );

  // Depth, alias, directive, token and cost bombs, with literals and with variables.
  const nestedPage = (first: string, depth: number) => {
    let selection = 'slug';
    for (let i = 0; i < depth; i++)
      selection =
        i % 2 === 0
          ? `offices(first: ${first}) { edges { node { slug tenures(first: ${first}) { edges { node { slug person { slug } } } } } } }`
          : selection;
    return `provinces(first: ${first}) { edges { node { ${selection} } } }`;
  };
  for (let aliases = 2; aliases <= 11; aliases++) {
    const body = Array.from({ length: aliases }, (_, i) => `a${i}: ${nestedPage('$n', 2)}`).join(' ');
    add(query('cost-bomb', `${aliases} aliases, first: $n = 100`, `query ($n: Int) { ${body} }`, { n: 100 }, VALIDATION));
    add(query('cost-bomb', `${aliases} aliases, first: 100`, `{ ${body.replaceAll('$n', '100')} }`, undefined, VALIDATION));
    add(query('cost-bomb', `${aliases} aliases, first defaults to 100`, `query ($n: Int = 100) { ${body} }`, undefined, VALIDATION));
  }
  add(
    query(
      'cost-bomb',
      'events × 3 with first: $n',
      `query ($n: Int) { ${[0, 1, 2].map((i) => `e${i}: ${nestedPage('$n', 2)}`).join(' ')} }`,
      { n: 100 },
      VALIDATION,
    ),
  );
  add(
    query(
      'cost-bomb',
      'first: 2147483647',
      '{ provinces(first: 2147483647) { edges { node { slug offices { edges { node { slug } } } } } } }',
      undefined,
      VALIDATION,
    ),
  );
  add(
    query(
      'cost-bomb',
      'first as a huge variable',
      'query ($n: Int) { provinces(first: $n) { edges { node { slug offices(first: $n) { totalCount } } } } }',
      { n: 2147483647 },
      VALIDATION,
    ),
  );
  for (let depth = REQUEST_LIMITS.maxDepth + 1; depth <= REQUEST_LIMITS.maxDepth + 30; depth += 3) {
    let selection = 'slug';
    for (let i = 0; i < depth; i++) selection = `${i % 2 ? 'successors' : 'predecessors'} { ${selection} }`;
    add(query('depth-bomb', `depth ${depth}`, `{ province(id: "vinh-long-2025") { ${selection} } }`, undefined, VALIDATION));
  }
  for (const count of [REQUEST_LIMITS.maxAliases + 1, 50, 500]) {
    add(
      query(
        'alias-bomb',
        `${count} aliases`,
        `{ ${Array.from({ length: count }, (_, i) => `a${i}: about { version }`).join(' ')} }`,
        undefined,
        count * 6 > REQUEST_LIMITS.maxTokens ? PARSE : VALIDATION,
      ),
    );
  }
  for (const count of [REQUEST_LIMITS.maxDirectives + 1, 40, 200]) {
    add(
      query('directive-bomb', `${count} directives`, `{ about ${'@include(if: true) '.repeat(count)}{ version } }`, undefined, VALIDATION),
    );
    add(
      query(
        'directive-bomb',
        `${count} directives with a variable`,
        `query ($t: Boolean!) { about ${'@skip(if: $t) '.repeat(count)}{ version } }`,
        { t: false },
        VALIDATION,
      ),
    );
  }
  add(query('token-bomb', 'tokens over the limit', `{ about { ${'version '.repeat(REQUEST_LIMITS.maxTokens + 1)} } }`, undefined, PARSE));
  add(query('token-bomb', '100,000 tokens', `{ ${'a '.repeat(50_000)} }`, undefined, PARSE));
  add(query('nesting-bomb', 'list literal nested 1,000 deep', `{ nodes(ids: ${'['.repeat(999)}"x"${']'.repeat(999)}) { id } }`, undefined));
  add(
    query(
      'nesting-bomb',
      'list literal nested 100,000 deep',
      `{ nodes(ids: ${'['.repeat(100_000 - 500)}"x"${']'.repeat(100)}) { id } }`,
      undefined,
    ),
  );
  add(
    query(
      'nesting-bomb',
      'object literal nested 900 deep',
      `{ provinces(where: ${'{a: '.repeat(900)}1${'}'.repeat(900)}) { totalCount } }`,
      undefined,
    ),
  );
  add(
    query(
      'fragment-bomb',
      'fragment cycle',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      undefined,
      VALIDATION,
    ),
  );
  add(
    query(
      'fragment-bomb',
      'fragments doubling',
      `{ ...F0 } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { a${i}: about { version } ${i < 11 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
      undefined,
    ),
  );

  // Cursors.
  const cursors = [
    '',
    'x',
    '====',
    'b2Zmc2V0Oi0x',
    Buffer.from('offset:99999999999').toString('base64url'),
    Buffer.from('offset:1e9').toString('base64url'),
    Buffer.from("offset:1' OR 1=1").toString('base64url'),
    'A'.repeat(10_000),
    '\u0000',
    '../../etc/passwd',
    Buffer.from('offset:999999999').toString('base64url'),
  ];
  for (const cursor of cursors) {
    for (const list of ['provinces', 'people', 'offices', 'events', 'changes']) {
      add(
        query(
          'cursor',
          `${list} after ${JSON.stringify(cursor.slice(0, 20))}`,
          `query ($after: String) { ${list}(first: 2, after: $after) { totalCount edges { cursor } } }`,
          { after: cursor },
        ),
      );
    }
  }
  for (const first of [-1, 0, 101, 1e9, 2 ** 31, -(2 ** 31), 1.5]) {
    add(query('page-size', `first: ${first}`, 'query ($first: Int) { provinces(first: $first) { totalCount } }', { first }));
  }
  add(
    query(
      'page-size',
      'first: "ten"',
      'query ($first: Int) { provinces(first: $first) { totalCount } }',
      { first: 'ten' },
      { status: 400, code: 'BAD_USER_INPUT' },
    ),
  );

  // Ids.
  const ids = [
    '',
    ' ',
    'x',
    'UHJvdmluY2U6',
    Buffer.from('Province:').toString('base64'),
    Buffer.from('Nope:vinh-long').toString('base64'),
    Buffer.from('Province:vinh-long-2025\u0000').toString('base64'),
    Buffer.from('__proto__:x').toString('base64'),
    'constructor',
    '__proto__',
    "vinh-long' OR 1=1 //",
    'x'.repeat(5000),
    '\ud800',
    'Province:vinh-long-2025',
    '%00',
    '../../..',
    '{"$ne": null}',
  ];
  for (const id of ids) {
    for (const field of [
      'node(id: $id) { id }',
      'province(id: $id) { slug }',
      'person(id: $id) { slug }',
      'office(id: $id) { slug }',
      'source(id: $id) { slug }',
    ]) {
      add(query('id', `${field.split('(')[0]} ${JSON.stringify(id.slice(0, 20))}`, `query ($id: ID!) { ${field} }`, { id }));
    }
  }
  add(
    query('id', 'nodes with 10,000 ids', 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 10_000 }, (_, i) => `x${i}`),
    }),
  );

  // Dates.
  const dates = [
    '',
    '1976-13',
    '1976-02-30',
    '0000-00-00',
    '-99999-01-01',
    '99999-01-01',
    '1976-02-29',
    '2024-02-30',
    '1976/02/01',
    '1976-02-01T00:00:00Z',
    'yesterday',
    '1e9',
    '1976-02-01\u0000',
    "1976' OR 1=1",
    'x'.repeat(1000),
    '２０００-０１-０１',
  ];
  for (const asOf of dates) {
    add(
      query(
        'date',
        `provinces asOf ${JSON.stringify(asOf.slice(0, 20))}`,
        'query ($asOf: CalendarDate) { provinces(asOf: $asOf, first: 1) { totalCount } }',
        { asOf },
      ),
    );
    add(
      query(
        'date',
        `events from ${JSON.stringify(asOf.slice(0, 20))}`,
        'query ($from: CalendarDate) { events(from: $from, first: 1) { totalCount } }',
        { from: asOf },
      ),
    );
  }
  add(query('date', 'asOf literal 1976-13-45', '{ provinces(asOf: "1976-13-45") { totalCount } }', undefined, { code: 'BAD_USER_INPUT' }));
  add(query('date', 'asOf as a number', 'query ($asOf: CalendarDate) { provinces(asOf: $asOf) { totalCount } }', { asOf: 1976 }));

  // Cypher- and Lucene-shaped text, in every search argument.
  const texts = [
    "'; MATCH (n) DETACH DELETE n //",
    '"}) RETURN 1 //',
    'MATCH (n) RETURN n',
    '$param',
    '`label`',
    '*',
    '?',
    'a*',
    '*a',
    'a~',
    'a~2',
    'a^100',
    '"unclosed',
    '(((((',
    ')))))',
    'a AND OR NOT b',
    'NOT',
    'AND',
    '+-&&||!(){}[]^"~*?:\\/',
    'field:value',
    'id:*',
    '/regex.*/',
    '[a TO z]',
    '{a TO z}',
    'a'.repeat(1001),
    Array.from({ length: 1025 }, (_, i) => `w${i}`).join(' '),
    'a '.repeat(100),
    'x'.repeat(200),
    'vinh '.repeat(21),
    '\u0000',
    '\u2028\u2029',
    '\ud800',
    '\udfff',
    '🇻🇳',
    'Z̷͉̈́a̶l̵g̸o̶',
    '\u202eevil',
    '\ufeff',
    'ǅ',
    'İstanbul',
    'Vĩnh Long',
    'Vi\u0303nh Long',
    '   ',
    '\t\n',
  ];
  for (const text of texts) {
    add(
      query('search-text', `search ${JSON.stringify(text.slice(0, 20))}`, 'query ($t: String!) { search(text: $t) { score } }', {
        t: text,
      }),
    );
    add(
      query(
        'search-text',
        `provinces(search) ${JSON.stringify(text.slice(0, 20))}`,
        'query ($t: String) { provinces(search: $t) { totalCount } }',
        { t: text },
      ),
    );
    add(
      query(
        'search-text',
        `people(search) ${JSON.stringify(text.slice(0, 20))}`,
        'query ($t: String) { people(search: $t) { totalCount } }',
        { t: text },
      ),
    );
  }
  for (const text of ['a'.repeat(1001), Array.from({ length: 1025 }, (_, i) => `w${i}`).join(' '), 'vinh '.repeat(21)]) {
    for (const field of ['provinces', 'people']) {
      add(
        query(
          'search-limit',
          `${field}(search) of ${text.length} characters`,
          `query ($t: String) { ${field}(search: $t) { totalCount } }`,
          { t: text },
          { code: 'BAD_USER_INPUT' },
        ),
      );
    }
  }

  // Unicode oddities in the query text itself.
  for (const [name, text] of [
    ['NUL', '{ about { version } }\u0000'],
    ['NUL inside a name', '{ ab\u0000out { version } }'],
    ['U+2028', '{ about\u2028{ version } }'],
    ['U+2029 in a string', '{ search(text: "a\u2029b") { score } }'],
    ['lone high surrogate', '{ about { version } }\ud800'],
    ['lone low surrogate in a string', '{ search(text: "\udc00") { score } }'],
    ['byte-order mark', '\ufeff{ about { version } }'],
    ['right-to-left override', '{ about { ver\u202esion } }'],
    ['zero-width space', '{ about { ver\u200bsion } }'],
    ['fullwidth braces', '｛ about ｛ version ｝ ｝'],
    ['unterminated string', '{ search(text: "abc) { score } }'],
    ['unterminated block string', '{ search(text: """abc) { score } }'],
    ['bad escape', '{ search(text: "\\x41") { score } }'],
    ['missing brace', '{ about { version }'],
    ['only a comment', '# nothing'],
    ['empty', ''],
    ['whitespace', '   \n\t  '],
  ] as const) {
    add(query('unicode', name, text));
  }
  add(
    post(
      'unicode',
      'raw invalid UTF-8 bytes',
      Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]).toString('latin1'),
    ),
  );
  add({
    kind: 'unicode',
    name: 'invalid UTF-8 body',
    method: 'POST',
    path: '/graphql',
    headers: JSON_HEADERS,
    body: Buffer.from([0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
  });

  // CSRF: requests a browser could send cross-site without a preflight.
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    add({
      kind: 'csrf',
      name: `POST as ${type}`,
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': type, origin: 'https://evil.example' },
      body: ok,
      expect: { status: 400, code: 'BAD_REQUEST' },
    });
  }
  add({
    kind: 'csrf',
    name: 'GET without a preflight header',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('{ about { version } }')}`,
    headers: { origin: 'https://evil.example' },
    expect: { status: 400, code: 'BAD_REQUEST' },
  });
  add({
    kind: 'csrf',
    name: 'GET mutation',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { x }')}`,
    headers: { 'apollo-require-preflight': 'true' },
  });

  // Batches.
  for (const size of [0, 1, 2, 100]) {
    add(
      post(
        'batch',
        `array of ${size}`,
        Array.from({ length: size }, () => ({ query: '{ about { version } }' })),
        { status: 400, code: 'BAD_REQUEST' },
      ),
    );
  }

  // Introspection (off in production) and field suggestions.
  add(query('introspection', '__schema', '{ __schema { types { name } } }', undefined, VALIDATION));
  add(query('introspection', '__type', '{ __type(name: "Province") { fields { name } } }', undefined, VALIDATION));
  add(query('introspection', 'misspelt field', '{ provinc(id: "x") { slug } }', undefined, VALIDATION));

  // Operations diachi does not have.
  for (const text of [
    'mutation { about { version } }',
    'subscription { about { version } }',
    'mutation M { deleteEverything }',
    'subscription S { provinces { totalCount } }',
  ]) {
    add(query('operation-type', text, text, undefined, VALIDATION));
  }
  add(
    post(
      'operation-type',
      'unknown operationName',
      { query: 'query A { about { version } } query B { about { version } }', operationName: 'C' },
      { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
    ),
  );
  add(
    post(
      'operation-type',
      'two operations, no name',
      { query: 'query A { about { version } } query B { about { version } }' },
      { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
    ),
  );

  // Persisted queries.
  const apq = '{ about { version } }';
  const hash = createHash('sha256').update(apq).digest('hex');
  add(
    post(
      'persisted-query',
      'wrong hash',
      { query: apq, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
      { status: 400, code: 'BAD_REQUEST' },
    ),
  );
  add(
    post(
      'persisted-query',
      'version 2',
      { query: apq, extensions: { persistedQuery: { version: 2, sha256Hash: hash } } },
      { status: 400, code: 'BAD_REQUEST' },
    ),
  );
  add(
    post(
      'persisted-query',
      'hash only, unknown',
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'e'.repeat(64) } } },
      { code: 'PERSISTED_QUERY_NOT_FOUND' },
    ),
  );
  add(post('persisted-query', 'hash not a string', { extensions: { persistedQuery: { version: 1, sha256Hash: 5 } } }));
  add(post('persisted-query', 'persistedQuery not an object', { query: apq, extensions: { persistedQuery: 'yes' } }));

  // Unknown paths and methods.
  for (const path of [
    '/',
    '/graphiql',
    '/graphiql/constructor',
    '/graphiql/__proto__',
    '/graphiql/toString',
    '/graphiql/hasOwnProperty',
    '/graphiql/..%2f..%2fpackage.json',
    '/guide/constructor',
    '/guide/__proto__',
    '/guide/toString',
    '/graphiql/%2e%2e%2f%2e%2e%2fpackage.json',
    '/__proto__',
    '/constructor',
    '/toString',
    '/graphql/x',
    '/graphql/constructor',
    '/.env',
    '/.git/config',
    '/%00',
    '/%ff',
    '/..%2f..%2fetc%2fpasswd',
    '/ready/x',
    '/health?x=%ff',
    `/${'a'.repeat(5000)}`,
  ]) {
    add({ kind: 'path', name: `GET ${path.slice(0, 40)}`, method: 'GET', path, headers: { accept: 'application/json' } });
  }
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
    add({
      kind: 'method',
      name: `${method} /graphql`,
      method,
      path: '/graphql',
      headers: JSON_HEADERS,
      ...(method === 'HEAD' || method === 'OPTIONS' ? {} : { body: ok }),
    });
  }
  add({
    kind: 'method',
    name: 'GET /graphql without a query',
    method: 'GET',
    path: '/graphql',
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  add({
    kind: 'method',
    name: 'GET /graphql with bad variables',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('{ about { version } }')}&variables=%7B`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  add({
    kind: 'method',
    name: 'GET /graphql with extensions garbage',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('{ about { version } }')}&extensions=%5B`,
    headers: { 'apollo-require-preflight': 'true' },
  });

  return requests;
}
