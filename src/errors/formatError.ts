import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from './errorCodes.js';

// Codes that are safe to show as they are: they come from our own errors or from Apollo's
// request handling, never from the driver.
const PUBLIC_CODES: ReadonlySet<string> = new Set(Object.keys(ERROR_CODES).filter((code) => code !== 'INTERNAL_SERVER_ERROR'));

/**
 * The code a client sees for an error, or undefined when the error is ours to mask and log.
 * Apollo's own refusals of a malformed request (a persisted query of version 2, a wrong hash)
 * carry an HTTP 4xx status but no code, and Apollo would call them internal: they are BAD_REQUEST.
 */
export function publicCodeOf(error: unknown, formattedCode?: unknown): ErrorCode | undefined {
  const code = formattedCode ?? (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return code as ErrorCode;
  // Duck-typed: Apollo and diachi may load graphql-js through different module formats.
  const { originalError, extensions } = (error ?? {}) as { originalError?: unknown; extensions?: { http?: { status?: number } } };
  if (!originalError) {
    const status = extensions?.http?.status;
    if (status !== undefined && status >= 400 && status < 500) return 'BAD_REQUEST';
  }
  return undefined;
}

/**
 * Shapes every error a client sees: known errors keep their message and code; anything else is
 * masked as INTERNAL_SERVER_ERROR (internalErrorLogPlugin has logged it with the request id), so
 * no Cypher, driver message or stack trace leaves the server outside development.
 */
export function createFormatError(options: { exposeInternals: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // A bad literal argument (asOf: "1976-13-45") fails during validation, which Apollo codes
    // GRAPHQL_VALIDATION_FAILED; the scalar's own BAD_USER_INPUT is the more useful, stable code.
    if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && causedByBadInput(error)) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    // graphql-js parses recursively: a list literal nested thousands deep overflows the stack,
    // which Apollo reports as a parse failure carrying the RangeError's text.
    if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && originalOf(error) instanceof RangeError) {
      formatted = { ...formatted, message: 'Syntax Error: the document is nested too deeply to parse.' };
    }
    const code = publicCodeOf(error, formatted.extensions?.code);
    if (code) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: options.exposeInternals ? { ...formatted.extensions, code } : { ...extensions, code } };
    }
    if (options.exposeInternals) return formatted;
    return {
      message: 'Internal server error.',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function originalOf(error: unknown): unknown {
  let current = error;
  while ((current as { originalError?: unknown } | null)?.originalError) current = (current as { originalError: unknown }).originalError;
  return current;
}

function causedByBadInput(error: unknown): boolean {
  for (
    let cause = (error as { originalError?: unknown } | null)?.originalError;
    cause;
    cause = (cause as { originalError?: unknown }).originalError
  ) {
    if ((cause as { extensions?: { code?: unknown } }).extensions?.code === 'BAD_USER_INPUT') return true;
  }
  return false;
}
