import { describe, expect, it } from 'vitest';
import { HistoricalDateError, parseCalendarDate, parseHistoricalDate } from '../../../src/dates/index.js';

const EXPECTED = 'Expected a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (year 0001 to 9999), but got:';

function expectRejected(input: unknown): void {
  let caught: unknown;
  try {
    parseCalendarDate(input as string);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HistoricalDateError);
  const { name, message, input: offending } = caught as HistoricalDateError;
  const shown = typeof input === 'string' ? JSON.stringify(input) : String(input);
  expect({ name, message, input: offending }).toEqual({
    name: 'HistoricalDateError',
    message: `${EXPECTED} ${shown}.`,
    input,
  });
}

describe('parseCalendarDate', () => {
  it.each(['1973', '1976-02', '1992-05-05', '1976-02-29', '0001', '9999-12-31'])(
    'parses %s exactly as parseHistoricalDate does',
    (input) => {
      expect(parseCalendarDate(input)).toEqual(parseHistoricalDate(input));
    },
  );

  it('gives 1976-02 month precision through the end of February', () => {
    expect(parseCalendarDate('1976-02')).toEqual({
      edtf: '1976-02',
      precision: 'MONTH',
      earliest: '1976-02-01',
      latest: '1976-02-29',
      approximate: false,
      uncertain: false,
    });
  });

  it.each(['1976-13-45', '1976-13', '1976-02-30', '1975-02-29', '0000', '0000-01-01'])(
    'rejects the well-shaped but impossible %s',
    (input) => expectRejected(input),
  );

  it.each(['1945?', '1930~', '1930%', '~1930', '?1945', '1976-02-15~'])('rejects the qualified %s', (input) => expectRejected(input));

  it.each(['', ' 1973', '1973 ', '197X', '2001-21', '1976/1977', '1976-02-05T10:00:00', '19', '-1976', 'Y10000', '1976-2'])(
    'rejects %j, which is not YYYY, YYYY-MM or YYYY-MM-DD',
    (input) => expectRejected(input),
  );

  it('rejects a number, since API arguments arrive as strings', () => {
    expectRejected(1973);
  });

  it('keeps the more specific parse error as the cause', () => {
    try {
      parseCalendarDate('1975-02-29');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(HistoricalDateError);
    }
  });
});
