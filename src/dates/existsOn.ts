import type { HistoricalDate } from './HistoricalDate.js';
import { HistoricalDateError } from './HistoricalDateError.js';
import { daysInMonth } from './daysInMonth.js';
import { existenceSpan, inSpan } from './existenceSpan.js';

type Answer = 'YES' | 'NO' | 'MAYBE';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether something that existed over the half-open interval [start, end) existed on `day`: YES
 * inside its DEFINITE span, MAYBE inside its POSSIBLE span only, NO otherwise (existenceSpan.ts
 * holds the one definition). With end `1976-02`, 1976-01-31 is YES, 1976-02-15 MAYBE,
 * 1976-03-01 NO; a qualified bound (`1930~`) is MAYBE over its whole stated span.
 *
 * `null` means no bound on that side (still existing, or existing since before our records);
 * callers that would rather read null as "unknown" must decide that themselves before calling.
 */
export function existsOn(start: HistoricalDate | null, end: HistoricalDate | null, day: string): Answer {
  assertIsoDay(day);
  if (inSpan(existenceSpan(start, end, 'DEFINITE'), day)) return 'YES';
  if (inSpan(existenceSpan(start, end, 'POSSIBLE'), day)) return 'MAYBE';
  return 'NO';
}

// A month like `1976-02` would compare as a string without complaint and give
// wrong answers, so the day is checked rather than trusted.
function assertIsoDay(day: string): void {
  const match = ISO_DAY.exec(day);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const date = Number(match?.[3]);
  if (match === null || year < 1 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) {
    throw new HistoricalDateError('a day as YYYY-MM-DD', day);
  }
}
