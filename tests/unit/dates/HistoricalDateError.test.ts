import { describe, expect, it } from 'vitest';
import { HistoricalDateError } from '../../../src/dates/index.js';

describe('HistoricalDateError', () => {
  it('states the expectation, then the offending input quoted as JSON', () => {
    const error = new HistoricalDateError('an EDTF date', ' 19\n73');
    expect({ name: error.name, message: error.message, input: error.input, expected: error.expected }).toEqual({
      name: 'HistoricalDateError',
      message: 'Expected an EDTF date, but got: " 19\\n73".',
      input: ' 19\n73',
      expected: 'an EDTF date',
    });
  });

  it('shows non-string input unquoted', () => {
    expect(new HistoricalDateError('a year', 19.5).message).toBe('Expected a year, but got: 19.5.');
  });

  it('is an Error that keeps its cause', () => {
    const cause = new Error('underlying');
    const error = new HistoricalDateError('a year', 'x', { cause });
    expect([error instanceof Error, error.cause === cause]).toEqual([true, true]);
  });
});
