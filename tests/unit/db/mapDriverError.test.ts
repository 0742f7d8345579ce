import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../../src/db/Database.js';
import { DatabaseUnavailableError } from '../../../src/errors/DatabaseUnavailableError.js';

// The codes are the driver's and Neo4j's (tests/integration/errors.test.ts raises real ones);
// these pin the table itself, and that the message text plays no part.
describe('mapDriverError', () => {
  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.ClientError.Database.DatabaseNotFound',
    'Neo.ClientError.Security.Unauthorized',
  ])('maps %s to DATABASE_UNAVAILABLE', (code) => {
    expect(mapDriverError(Object.assign(new Error('anything'), { code }))).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('keeps any other error as it is, even when its message speaks of unavailability', () => {
    const error = Object.assign(new Error('Database unavailable: service unavailable'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(mapDriverError(error)).toBe(error);
  });

  it('keeps errors without a code, and non-errors', () => {
    const error = new Error('ServiceUnavailable');
    expect(mapDriverError(error)).toBe(error);
    expect(mapDriverError(null)).toBe(null);
  });
});
