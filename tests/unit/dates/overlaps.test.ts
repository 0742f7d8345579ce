import { describe, expect, it } from 'vitest';
import { overlaps, parseHistoricalDate } from '../../../src/dates/index.js';

function overlap(a: string, b: string): [boolean, boolean] {
  const x = parseHistoricalDate(a);
  const y = parseHistoricalDate(b);
  // Both directions, to show the relation is symmetric.
  return [overlaps(x, y), overlaps(y, x)];
}

describe('overlaps', () => {
  it.each([
    ['1976-02', '1976-02-15'],
    ['1976-02', '1976-02-01'],
    ['1976-02', '1976-02-29'],
    ['1976', '1976-02'],
    ['1976', '1976-12-31'],
    ['1976', '1976'],
    ['1976-02-15', '1976-02-15'],
  ])('treats %s and %s as overlapping', (a, b) => {
    expect(overlap(a, b)).toEqual([true, true]);
  });

  it.each([
    ['1976-02', '1976-03-01'],
    ['1976-02', '1976-01-31'],
    ['1975-02', '1975-03'],
    ['1976', '1977-01-01'],
    ['1976', '1975'],
    ['1976-02-15', '1976-02-16'],
  ])('treats %s and %s as disjoint', (a, b) => {
    expect(overlap(a, b)).toEqual([false, false]);
  });

  it('compares stated spans only, ignoring qualifiers', () => {
    expect([overlap('1930~', '1931'), overlap('1930~', '1930-06?')]).toEqual([
      [false, false],
      [true, true],
    ]);
  });
});
