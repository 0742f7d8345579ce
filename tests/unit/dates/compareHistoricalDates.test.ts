import { describe, expect, it } from 'vitest';
import { compareHistoricalDates, parseHistoricalDate } from '../../../src/dates/index.js';

function sorted(inputs: string[]): string[] {
  return inputs
    .map((input) => parseHistoricalDate(input))
    .sort(compareHistoricalDates)
    .map((d) => d.edtf);
}

function sign(a: string, b: string): number {
  return Math.sign(compareHistoricalDates(parseHistoricalDate(a), parseHistoricalDate(b)));
}

describe('compareHistoricalDates', () => {
  it('orders by first day covered', () => {
    expect(sorted(['1992-05-05', '1945', '1976-02', '0938', '1975-12-31'])).toEqual([
      '0938',
      '1945',
      '1975-12-31',
      '1976-02',
      '1992-05-05',
    ]);
  });

  it('puts coarser precision first when the first day is the same', () => {
    expect(sorted(['1976-01-01', '1976-01', '1976'])).toEqual(['1976', '1976-01', '1976-01-01']);
  });

  it('orders a year after a month of the previous year, by first day', () => {
    expect(sorted(['1976', '1975-12'])).toEqual(['1975-12', '1976']);
  });

  it('puts a date containing another before it when it starts earlier', () => {
    expect(sorted(['1976-02-15', '1976-02', '1976'])).toEqual(['1976', '1976-02', '1976-02-15']);
  });

  it('orders unqualified before qualified variants of the same date, deterministically', () => {
    expect(sorted(['1930~', '1930?', '1930%', '1930'])).toEqual(['1930', '1930%', '1930?', '1930~']);
  });

  it('returns 0 for equal dates and opposite signs when swapped', () => {
    expect([sign('1976-02', '1976-02'), sign('1976', '1976-02'), sign('1976-02', '1976')]).toEqual([0, -1, 1]);
  });

  it('treats 29 February in a leap year as before 1 March', () => {
    expect(sorted(['1976-03-01', '1976-02-29'])).toEqual(['1976-02-29', '1976-03-01']);
  });
});
