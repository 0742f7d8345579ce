import { describe, expect, it } from 'vitest';
import { HistoricalDateError, parseHistoricalDate } from '../../../src/dates/index.js';

const GENERIC = 'an EDTF date such as 1976-02, 1992-05-05 or 1945?';
const YEAR_RANGE = 'a 4-digit year from 0001 to 9999';

function rejection(input: unknown): { name: string; message: string; input: unknown } {
  try {
    parseHistoricalDate(input as string);
  } catch (error) {
    expect(error).toBeInstanceOf(HistoricalDateError);
    const { name, message, input: offending } = error as HistoricalDateError;
    return { name, message, input: offending };
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

function expectRejected(input: unknown, message: string): void {
  expect(rejection(input)).toEqual({ name: 'HistoricalDateError', message, input });
}

describe('parseHistoricalDate', () => {
  describe('precision and bounds', () => {
    it('treats 1973 as covering the whole of the year 1973', () => {
      expect(parseHistoricalDate('1973')).toEqual({
        edtf: '1973',
        precision: 'YEAR',
        earliest: '1973-01-01',
        latest: '1973-12-31',
        approximate: false,
        uncertain: false,
      });
    });

    it('treats 1976-02 as covering the whole of February 1976', () => {
      expect(parseHistoricalDate('1976-02')).toEqual({
        edtf: '1976-02',
        precision: 'MONTH',
        earliest: '1976-02-01',
        latest: '1976-02-29',
        approximate: false,
        uncertain: false,
      });
    });

    it('treats 1992-05-05 as covering that single day', () => {
      expect(parseHistoricalDate('1992-05-05')).toEqual({
        edtf: '1992-05-05',
        precision: 'DAY',
        earliest: '1992-05-05',
        latest: '1992-05-05',
        approximate: false,
        uncertain: false,
      });
    });

    it.each([
      ['1976-01', '1976-01-31'],
      ['1976-04', '1976-04-30'],
      ['1976-06', '1976-06-30'],
      ['1976-09', '1976-09-30'],
      ['1976-11', '1976-11-30'],
      ['1976-12', '1976-12-31'],
    ])('ends month %s on its last day %s', (input, latest) => {
      expect(parseHistoricalDate(input).latest).toBe(latest);
    });

    it('accepts the extremes of the supported range, 0001 and 9999-12-31', () => {
      expect([parseHistoricalDate('0001'), parseHistoricalDate('9999-12-31')]).toEqual([
        { edtf: '0001', precision: 'YEAR', earliest: '0001-01-01', latest: '0001-12-31', approximate: false, uncertain: false },
        { edtf: '9999-12-31', precision: 'DAY', earliest: '9999-12-31', latest: '9999-12-31', approximate: false, uncertain: false },
      ]);
    });

    it('keeps a year before 1000 written with four digits, such as 0938', () => {
      expect(parseHistoricalDate('0938')).toMatchObject({ edtf: '0938', earliest: '0938-01-01', latest: '0938-12-31' });
    });
  });

  describe('leap years', () => {
    it('accepts 29 February 1976, a leap year', () => {
      expect(parseHistoricalDate('1976-02-29')).toMatchObject({ earliest: '1976-02-29', latest: '1976-02-29' });
    });

    it('ends February 1975 on the 28th', () => {
      expect(parseHistoricalDate('1975-02').latest).toBe('1975-02-28');
    });

    it('ends February 1900 on the 28th, since centuries are not leap years', () => {
      expect(parseHistoricalDate('1900-02').latest).toBe('1900-02-28');
    });

    it('ends February 2000 on the 29th, since every 400th year is a leap year', () => {
      expect(parseHistoricalDate('2000-02').latest).toBe('2000-02-29');
    });

    it('accepts 29 February 2000 and 2024', () => {
      expect([parseHistoricalDate('2000-02-29').edtf, parseHistoricalDate('2024-02-29').edtf]).toEqual(['2000-02-29', '2024-02-29']);
    });

    it.each(['1975-02-29', '1900-02-29', '2023-02-29'])('rejects %s instead of rolling it over to 1 March', (input) =>
      expectRejected(input, `Expected ${GENERIC}, but got: "${input}".`),
    );
  });

  describe('qualifiers', () => {
    it('reads a trailing ? as uncertain', () => {
      expect(parseHistoricalDate('1945?')).toEqual({
        edtf: '1945?',
        precision: 'YEAR',
        earliest: '1945-01-01',
        latest: '1945-12-31',
        approximate: false,
        uncertain: true,
      });
    });

    it('reads a trailing ~ as approximate', () => {
      expect(parseHistoricalDate('1930~')).toEqual({
        edtf: '1930~',
        precision: 'YEAR',
        earliest: '1930-01-01',
        latest: '1930-12-31',
        approximate: true,
        uncertain: false,
      });
    });

    it('reads a trailing % as both approximate and uncertain', () => {
      expect(parseHistoricalDate('1930%')).toMatchObject({ edtf: '1930%', approximate: true, uncertain: true });
    });

    it('qualifies month and day precision dates without changing their bounds', () => {
      expect([parseHistoricalDate('1976-02?'), parseHistoricalDate('1976-02-29~')]).toEqual([
        { edtf: '1976-02?', precision: 'MONTH', earliest: '1976-02-01', latest: '1976-02-29', approximate: false, uncertain: true },
        { edtf: '1976-02-29~', precision: 'DAY', earliest: '1976-02-29', latest: '1976-02-29', approximate: true, uncertain: false },
      ]);
    });

    it.each([
      ['~1930', '1930~'],
      ['?1945', '1945?'],
      ['%1930', '1930%'],
    ])('normalises the prefix form %s of a bare year to %s', (input, canonical) => {
      expect(parseHistoricalDate(input)).toEqual(parseHistoricalDate(canonical));
    });

    it.each([
      ['?2016-?05', '2016-05?'],
      ['1930~-02~', '1930-02~'],
      ['?1976-?02-?15', '1976-02-15?'],
      ['1976?-02-15?', '1976-02-15?'],
    ])('normalises %s, qualified in every part, to %s', (input, canonical) => {
      expect(parseHistoricalDate(input)).toEqual(parseHistoricalDate(canonical));
    });

    it.each(['~1930-02', '1930~-02', '2016-?05', '2004-06~-11', '?2016-05-31'])(
      'rejects %s, which qualifies only part of the date',
      (input) =>
        expectRejected(
          input,
          `Expected a qualifier (?, ~ or %) at the end of the date, applying to all of it, such as 1976-02~, but got: "${input}".`,
        ),
    );

    it.each(['1976?~', '1976~?', '1976??'])('rejects the stacked qualifiers in %s (% means both)', (input) =>
      expectRejected(input, `Expected ${GENERIC}, but got: "${input}".`),
    );
  });

  describe('numbers from YAML', () => {
    it('accepts a 4-digit year number as that year', () => {
      expect(parseHistoricalDate(1973)).toEqual(parseHistoricalDate('1973'));
    });

    it('accepts 1000 and 9999 as the smallest and largest year numbers', () => {
      expect([parseHistoricalDate(1000).edtf, parseHistoricalDate(9999).edtf]).toEqual(['1000', '9999']);
    });

    it.each([938, 0, -1973, 10000, 1973.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects the number %s', (input) =>
      expectRejected(input, `Expected a year as a 4-digit whole number such as 1973, but got: ${input}.`),
    );
  });

  describe('rejections', () => {
    it('rejects 1976-13 with the message that names the expected forms', () => {
      expectRejected('1976-13', 'Expected an EDTF date such as 1976-02, 1992-05-05 or 1945?, but got: "1976-13".');
    });

    it.each([
      '1976-00',
      '1976-01-00',
      '1976-01-32',
      '1976-02-30',
      '2024-02-30',
      '1976-04-31',
      '1976-13-01',
      '1976-2',
      '1976-02-5',
      '19760205',
      '+1976',
      '１９７３',
      'năm 1973',
      '1973-',
      'abc',
    ])('rejects the malformed or impossible %s', (input) => {
      expectRejected(input, `Expected ${GENERIC}, but got: "${input}".`);
    });

    it('rejects an empty string', () => {
      expectRejected('', `Expected ${GENERIC}, but got: "".`);
    });

    it.each([' 1973', '1973 ', '\t1976-02', '1945?\n'])('rejects whitespace-padded %j', (input) => {
      expectRejected(input, `Expected an EDTF date without surrounding whitespace, but got: ${JSON.stringify(input)}.`);
    });

    it.each(['0000', '0000-02-29', '-0001', '-1976', 'Y10000', 'Y-10000', '19', '197', '1950S2'])(
      'rejects %s, which is outside years 0001 to 9999 or is a century, decade or Y-year',
      (input) => expectRejected(input, `Expected ${YEAR_RANGE}, but got: "${input}".`),
    );

    it.each(['1976/1977', '1976-02/1976-05', '1976/..', '../1976', '1976/'])('rejects the interval %s', (input) => {
      expectRejected(input, `Expected a single date, not an interval, but got: "${input}".`);
    });

    it.each(['[1976,1977]', '{1976,1977}', '[1976..1977]'])('rejects the set or list %s', (input) => {
      expectRejected(input, `Expected a single date, not a set or list of dates, but got: "${input}".`);
    });

    it.each(['2001-21', '2001-24', '2001-25'])('rejects the season %s', (input) => {
      expectRejected(input, `Expected a month from 01 to 12, not a season, but got: "${input}".`);
    });

    it.each(['197X', '19XX', 'XXXX', '1976-XX', '1976-02-XX', 'XXXX-02'])('rejects %s, which has unspecified digits', (input) =>
      expectRejected(input, `Expected every digit of the date to be known (no X), but got: "${input}".`),
    );

    it.each(['1976-02-05T10:00:00', '1976-02-05T10:00:00Z'])('rejects the date-time %s', (input) => {
      expectRejected(input, `Expected a date without a time of day, but got: "${input}".`);
    });

    it.each([
      [null, 'null'],
      [undefined, 'undefined'],
      [true, 'true'],
    ])('rejects %s, which is neither a string nor a number', (input, shown) => {
      expectRejected(input, `Expected an EDTF date string or a 4-digit year number, but got: ${shown}.`);
    });

    it('keeps the edtf parse error as the cause of a syntax rejection', () => {
      try {
        parseHistoricalDate('1976-13');
        expect.unreachable();
      } catch (error) {
        expect((error as Error).cause).toBeInstanceOf(Error);
      }
    });
  });
});
