import { describe, expect, it } from 'vitest';
import { existsOn, HistoricalDateError, parseHistoricalDate } from '../../../src/dates/index.js';

type Bound = string | null;

function answer(start: Bound, end: Bound, day: string): string {
  return existsOn(start === null ? null : parseHistoricalDate(start), end === null ? null : parseHistoricalDate(end), day);
}

describe('existsOn', () => {
  describe('with a month-precision end, 1976-02 (ended some day in February, exclusive)', () => {
    it.each([
      ['1976-01-31', 'YES'],
      ['1976-02-01', 'MAYBE'],
      ['1976-02-15', 'MAYBE'],
      ['1976-02-28', 'MAYBE'],
      ['1976-02-29', 'NO'],
      ['1976-03-01', 'NO'],
    ])('answers %s with %s', (day, expected) => {
      expect(answer('1945-09-02', '1976-02', day)).toBe(expected);
    });
  });

  describe('with a month-precision start, 1976-02 (began some day in February)', () => {
    it.each([
      ['1976-01-31', 'NO'],
      ['1976-02-01', 'MAYBE'],
      ['1976-02-28', 'MAYBE'],
      ['1976-02-29', 'YES'],
      ['1976-03-01', 'YES'],
    ])('answers %s with %s', (day, expected) => {
      expect(answer('1976-02', null, day)).toBe(expected);
    });
  });

  describe('with day-precision bounds [1976-02-15, 1992-05-05)', () => {
    it.each([
      ['1976-02-14', 'NO'],
      ['1976-02-15', 'YES'],
      ['1980-01-01', 'YES'],
      ['1992-05-04', 'YES'],
      ['1992-05-05', 'NO'],
      ['1992-05-06', 'NO'],
    ])('answers %s with %s', (day, expected) => {
      expect(answer('1976-02-15', '1992-05-05', day)).toBe(expected);
    });
  });

  describe('with year-precision bounds [1976, 1992)', () => {
    it.each([
      ['1975-12-31', 'NO'],
      ['1976-01-01', 'MAYBE'],
      ['1976-12-30', 'MAYBE'],
      ['1976-12-31', 'YES'],
      ['1991-12-31', 'YES'],
      ['1992-01-01', 'MAYBE'],
      ['1992-12-30', 'MAYBE'],
      ['1992-12-31', 'NO'],
      ['1993-01-01', 'NO'],
    ])('answers %s with %s', (day, expected) => {
      expect(answer('1976', '1992', day)).toBe(expected);
    });
  });

  describe('when start and end fall in the same month', () => {
    it.each([
      ['1976-01-31', 'NO'],
      ['1976-02-10', 'MAYBE'],
      ['1976-03-01', 'NO'],
    ])('answers %s with %s for [1976-02, 1976-02)', (day, expected) => {
      expect(answer('1976-02', '1976-02', day)).toBe(expected);
    });
  });

  describe('with null bounds (unbounded on that side)', () => {
    it('answers YES for any day when both bounds are null', () => {
      expect([answer(null, null, '0001-01-01'), answer(null, null, '9999-12-31')]).toEqual(['YES', 'YES']);
    });

    it.each([
      ['1000-01-01', 'YES'],
      ['1976-01-31', 'YES'],
      ['1976-02-01', 'MAYBE'],
      ['1976-03-01', 'NO'],
    ])('with only end 1976-02 answers %s with %s', (day, expected) => {
      expect(answer(null, '1976-02', day)).toBe(expected);
    });

    it.each([
      ['1976-01-31', 'NO'],
      ['1976-02-01', 'MAYBE'],
      ['9999-12-31', 'YES'],
    ])('with only start 1976-02 answers %s with %s', (day, expected) => {
      expect(answer('1976-02', null, day)).toBe(expected);
    });
  });

  describe('with qualified bounds (stated span not widened, but all of it MAYBE)', () => {
    it.each([
      ['1929-12-31', 'NO'],
      ['1930-01-01', 'MAYBE'],
      ['1930-12-31', 'MAYBE'],
      ['1931-01-01', 'YES'],
    ])('with start 1930~ answers %s with %s', (day, expected) => {
      expect(answer('1930~', null, day)).toBe(expected);
    });

    it.each([
      ['1944-12-31', 'YES'],
      ['1945-01-01', 'MAYBE'],
      ['1945-12-31', 'MAYBE'],
      ['1946-01-01', 'NO'],
    ])('with end 1945? answers %s with %s', (day, expected) => {
      expect(answer(null, '1945?', day)).toBe(expected);
    });

    it.each([
      ['1976-02-14', 'NO'],
      ['1976-02-15', 'MAYBE'],
      ['1976-02-16', 'YES'],
    ])('with the day-precision start 1976-02-15~ answers %s with %s', (day, expected) => {
      expect(answer('1976-02-15~', null, day)).toBe(expected);
    });

    it.each([
      ['1992-05-04', 'YES'],
      ['1992-05-05', 'MAYBE'],
      ['1992-05-06', 'NO'],
    ])('with the day-precision end 1992-05-05% answers %s with %s', (day, expected) => {
      expect(answer(null, '1992-05-05%', day)).toBe(expected);
    });
  });

  it('answers NO when either side says NO, even if the other says MAYBE', () => {
    expect(answer('1976', '1976-02', '1976-03-01')).toBe('NO');
  });

  it.each(['1976-02', '1976', '1976-2-5', '1976-02-30', '1975-02-29', '1976-13-01', '0000-01-01', ' 1976-02-05', ''])(
    'rejects the day %j, which is not a real YYYY-MM-DD day',
    (day) => {
      let caught: unknown;
      try {
        existsOn(null, null, day);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(HistoricalDateError);
      expect((caught as Error).message).toBe(`Expected a day as YYYY-MM-DD, but got: ${JSON.stringify(day)}.`);
    },
  );

  it('accepts 29 February in a leap year as the day', () => {
    expect(existsOn(null, null, '1976-02-29')).toBe('YES');
  });
});
