import edtf, { parse, type ParseResult } from 'edtf';
import type { DatePrecision } from './DatePrecision.js';
import type { HistoricalDate } from './HistoricalDate.js';
import { HistoricalDateError } from './HistoricalDateError.js';
import { daysInMonth } from './daysInMonth.js';

const EXPECTED_EDTF = 'an EDTF date such as 1976-02, 1992-05-05 or 1945?';
const EXPECTED_YEAR = 'a 4-digit year from 0001 to 9999';
const PRECISIONS: readonly DatePrecision[] = ['YEAR', 'MONTH', 'DAY'];

// edtf has no reading for a qualifier before a bare year (`~1930`), yet it
// can only mean the whole year, so it is rewritten to the suffix form. With
// more components (`~1930-02`) a prefix qualifies the year alone, which is
// level 2 and rejected below.
const PREFIXED_YEAR = /^([?~%])(\d{4})$/;

/**
 * Parses an EDTF level-1 single date (year, month or day precision,
 * optionally qualified with `?`, `~` or `%`) into a HistoricalDate.
 * Numbers are accepted only as 4-digit years because YAML reads `1973` as one.
 */
export function parseHistoricalDate(input: string | number): HistoricalDate {
  const text = toText(input);
  const parsed = parseEdtf(text, input);
  rejectOutOfScope(parsed, input);

  const values = parsed.values as number[];
  const [year, monthIndex, day] = values;
  if (year === undefined || year < 1 || year > 9999) {
    throw new HistoricalDateError(EXPECTED_YEAR, input);
  }
  if (monthIndex !== undefined && day !== undefined && day > daysInMonth(year, monthIndex + 1)) {
    throw new HistoricalDateError(EXPECTED_EDTF, input);
  }

  const date = edtf(parsed);
  // edtf prints the tidiest equivalent (`?2016-?05` → `2016-05?`). When that
  // still needs level 2, the qualifier covers only part of the date, which a
  // single approximate/uncertain flag could not represent.
  try {
    parse(date.edtf, { level: 1, types: ['Date'] });
  } catch (cause) {
    throw new HistoricalDateError('a qualifier (?, ~ or %) at the end of the date, applying to all of it, such as 1976-02~', input, {
      cause,
    });
  }

  return {
    edtf: date.edtf,
    precision: PRECISIONS[values.length - 1] as DatePrecision,
    earliest: isoDay(date.min),
    latest: isoDay(date.max),
    approximate: date.approximate.value !== 0,
    uncertain: date.uncertain.value !== 0,
  };
}

function toText(input: unknown): string {
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 1000 || input > 9999) {
      throw new HistoricalDateError('a year as a 4-digit whole number such as 1973', input);
    }
    return String(input);
  }
  if (typeof input !== 'string') {
    throw new HistoricalDateError('an EDTF date string or a 4-digit year number', input);
  }
  if (input.trim() !== input) {
    throw new HistoricalDateError('an EDTF date without surrounding whitespace', input);
  }
  return input.replace(PREFIXED_YEAR, '$2$1');
}

function parseEdtf(text: string, input: unknown): ParseResult {
  try {
    // Parse at level 2 so that out-of-scope forms can be named in the error
    // instead of all failing as a bare syntax error.
    return parse(text, { level: 2, types: [] });
  } catch (cause) {
    throw new HistoricalDateError(EXPECTED_EDTF, input, { cause });
  }
}

function rejectOutOfScope(parsed: ParseResult, input: unknown): void {
  switch (parsed.type) {
    case 'Date':
      break;
    case 'Interval':
      throw new HistoricalDateError('a single date, not an interval', input);
    case 'Set':
    case 'List':
      throw new HistoricalDateError('a single date, not a set or list of dates', input);
    case 'Season':
      throw new HistoricalDateError('a month from 01 to 12, not a season', input);
    default:
      // Century, Decade and Year (`19`, `197`, `Y10000`, `1950S2`).
      throw new HistoricalDateError(EXPECTED_YEAR, input);
  }
  if (parsed.values.length > 3) {
    throw new HistoricalDateError('a date without a time of day', input);
  }
  if (parsed.unspecified) {
    throw new HistoricalDateError('every digit of the date to be known (no X)', input);
  }
}

function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
