import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../../src/errors/BadUserInputError.js';
import { createFormatError } from '../../../src/errors/formatError.js';

function formatWith(exposeInternals: boolean) {
  const logged: unknown[] = [];
  return { logged, format: createFormatError({ exposeInternals, log: (error) => logged.push(error) }) };
}

// How Apollo hands a resolver's error to formatError: wrapped in a GraphQLError with a path.
const fromResolver = (original: Error) => new GraphQLError(original.message, { path: ['provinces'], originalError: original });

describe('formatError', () => {
  it('masks an unknown error and logs the original', () => {
    const { logged, format } = formatWith(false);
    const secret = new Error('Neo4j said: MATCH (n:Province) at Database.ts:88');
    const formatted = format(
      { message: secret.message, path: ['provinces'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      fromResolver(secret),
    );
    expect(formatted).toEqual({ message: 'Internal server error.', path: ['provinces'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // The log gets the error itself (unwrapped when Apollo's graphql instance wrapped it).
    expect(logged).toHaveLength(1);
    expect((logged[0] as Error).message).toBe(secret.message);
  });

  it('masks an error whose code is not a public one', () => {
    const { format } = formatWith(false);
    expect(format({ message: 'x', extensions: { code: 'Neo.ClientError.Statement.SyntaxError' } }, new Error('x')).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('keeps the message and code of a public error, without its stack trace', () => {
    const { logged, format } = formatWith(false);
    const error = new BadUserInputError('Expected "first" to be from 0 to 100, but got: 101.', 'first');
    const formatted = format({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at y'] } }, fromResolver(error));
    expect(formatted).toEqual({ message: error.message, extensions: error.extensions });
    expect(logged).toEqual([]);
  });

  it('shows everything in development', () => {
    const { format } = formatWith(true);
    const given = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at z'] } };
    expect(format(given, new Error('boom'))).toEqual(given);
  });

  it('reports a bad literal argument as BAD_USER_INPUT, not a validation failure', () => {
    const { format } = formatWith(false);
    const cause = new GraphQLError('bad date', { originalError: new BadUserInputError('Expected a date', 'asOf') });
    expect(format({ message: 'bad date', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, cause).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
