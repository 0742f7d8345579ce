import type { HistoricalDate } from './HistoricalDate.js';
import { HistoricalDateError } from './HistoricalDateError.js';
import { parseHistoricalDate } from './parseHistoricalDate.js';

const CALENDAR_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const EXPECTED = 'a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (year 0001 to 9999)';

/**
 * The strict form for API arguments: no qualifiers, no numbers, one message.
 * API users are not writing EDTF, so errors should not talk about it.
 */
export function parseCalendarDate(input: string): HistoricalDate {
  if (typeof input !== 'string' || !CALENDAR_SHAPE.test(input)) {
    throw new HistoricalDateError(EXPECTED, input);
  }
  try {
    return parseHistoricalDate(input);
  } catch (cause) {
    if (cause instanceof HistoricalDateError) {
      throw new HistoricalDateError(EXPECTED, input, { cause });
    }
    throw cause;
  }
}
