import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { inject } from 'vitest';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: { diachi?: { cypherRoundTrips: number } } & Record<string, unknown>;
}

/** POSTs a typed operation to the real diachi HTTP endpoint started by globalSetup. */
export async function execute<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
  init: { headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TData>> {
  const query = typeof document === 'string' ? document : print(document);
  const response = await fetch(inject('graphqlUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<TData>, 'status'>) };
}

/** The data of a response that must have no errors. */
export async function expectData<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
): Promise<TData> {
  const result = await execute(document, variables);
  if (result.errors?.length) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  if (!result.data) throw new Error('Expected data in the response, but got none.');
  return result.data;
}

/** The error codes of a response that must fail. */
export async function expectErrorCodes<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
): Promise<string[]> {
  const result = await execute(document, variables);
  if (!result.errors?.length) throw new Error(`Expected errors, but got data: ${JSON.stringify(result.data)}`);
  return result.errors.map((e) => String(e.extensions?.code));
}
