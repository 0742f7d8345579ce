/**
 * Every `extensions.code` a client of diachi can receive, with the HTTP status it comes with and
 * when it happens. docs/errors-and-limits.md prints this table (a test keeps the two in step), and
 * the hostile-input tests refuse any code not listed here.
 */
export const ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: {
    status: 400,
    when: 'The query text is not GraphQL: a syntax error, a NUL or other forbidden character, more tokens than the limit, or nesting too deep to parse.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    when: 'The query does not fit the schema or a request limit (depth, aliases, directives, cost), asks for a mutation or subscription (diachi is read-only), or uses introspection where it is off.',
  },
  BAD_USER_INPUT: {
    status: 200,
    when: 'An argument is malformed: a date, page size, cursor, id or search text. 400 when a variable cannot be coerced to its type.',
  },
  BAD_REQUEST: {
    status: 400,
    when: 'The HTTP request is not a GraphQL request: a body that is not JSON, a batch (an array), no query, a request without a CSRF-safe header, a bad persisted-query extension. Sent with 405 for a method other than GET or POST, or a GET of something other than a query.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    status: 200,
    when: 'An automatic persisted query sent by hash only, whose text the server has not seen yet: send it again with the query text.',
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: 400,
    when: 'The document has several operations and operationName names none of them (or is missing).',
  },
  AMBIGUOUS_NAME: {
    status: 200,
    when: 'A unit asked for by name (or a slug that is only a name, such as `vinh-long`) names several units on the day asked; the error lists the candidates to choose from.',
  },
  NOT_FOUND: {
    status: 200,
    when: 'A well-formed id names nothing in the graph, where the answer needs it to exist. As HTTP 404: a path the server does not serve.',
  },
  REQUEST_TIMEOUT: {
    status: 408,
    when: 'The request body did not arrive within the body time limit (for example a Content-Length larger than the body sent).',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    when: 'The request body is larger than the body limit.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    when: 'The body uses a charset other than UTF-8, or a Content-Encoding the server does not read.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    when: 'Neo4j does not answer (it is down or restarting). Retry shortly.',
  },
  QUERY_TIMEOUT: {
    status: 503,
    when: 'The request made Neo4j work longer than the query time limit; ask for less (smaller pages, fewer nested lists).',
  },
  GRAPH_INCOMPLETE: {
    status: 503,
    when: 'A seed load is running or was interrupted, so the graph may be partial; the next `npm start` or `npm run seed` repairs it.',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    when: 'A bug in diachi. The details are logged with the request id; the client sees only this code.',
  },
} as const satisfies Record<string, { status: number; when: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
