import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

// Codes that are safe to show as they are: they come from our own errors or from Apollo's
// request validation, never from the driver.
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'AMBIGUOUS_NAME',
  'DATABASE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'COST_LIMIT_EXCEEDED',
]);

/**
 * Shapes every error a client sees: known errors keep their message and code; anything else is
 * logged with its stack and masked as INTERNAL_SERVER_ERROR, so no Cypher, driver message or stack
 * trace leaves the server outside development.
 */
export function createFormatError(options: { exposeInternals: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A bad literal argument (asOf: "1976-13-45") fails during validation, which Apollo codes
    // GRAPHQL_VALIDATION_FAILED; the scalar's own BAD_USER_INPUT is the more useful, stable code.
    if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && causedByBadInput(error)) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: options.exposeInternals ? formatted.extensions : extensions };
    }
    options.log(unwrapResolverError(error));
    if (options.exposeInternals) return formatted;
    return {
      message: 'Internal server error.',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function causedByBadInput(error: unknown): boolean {
  for (let cause = (error as { originalError?: unknown } | null)?.originalError; cause; cause = (cause as { originalError?: unknown }).originalError) {
    if ((cause as { extensions?: { code?: unknown } }).extensions?.code === 'BAD_USER_INPUT') return true;
  }
  return false;
}
