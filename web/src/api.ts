import type { TypedDocumentString } from './generated/operations.js';

/** A GraphQL error as the API returns it, with its stable `extensions.code`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Sends one typed operation to the public API on this origin. The document types come from
 * GraphQL Code Generator (codegen.ts → web/src/generated/operations.ts), so a field the schema
 * lacks fails `npm run typecheck`, not a reader's page.
 */
export async function query<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The diachi server does not answer.', 'NETWORK');
  }
  let body: { data?: TResult | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL response.`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  if (!body.data) throw new ApiError('The response holds no data.', 'UNKNOWN');
  return body.data;
}

/** Settings the server gives the explorer (where the local Neo4j Browser is), not part of GraphQL. */
export interface ExplorerConfig {
  readonly neo4jBrowserUrl: string | null;
}

let config: Promise<ExplorerConfig> | undefined;

export function explorerConfig(): Promise<ExplorerConfig> {
  config ??= fetch('/explorer-config.json')
    .then((r) => (r.ok ? (r.json() as Promise<ExplorerConfig>) : { neo4jBrowserUrl: null }))
    .catch(() => ({ neo4jBrowserUrl: null }));
  return config;
}
