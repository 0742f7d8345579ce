import type { HistoricalDate } from './HistoricalDate.js';
import { HistoricalDateError } from './HistoricalDateError.js';
import { daysInMonth } from './daysInMonth.js';

type Answer = 'YES' | 'NO' | 'MAYBE';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether something that existed over the half-open interval [start, end)
 * existed on `day`. A bound with month or year precision says only that the
 * change happened on some day inside it, so days inside that span are MAYBE:
 * with end `1976-02`, 1976-01-31 is YES, 1976-02-15 MAYBE, 1976-03-01 NO.
 *
 * `null` means no bound on that side (still existing, or existing since
 * before our records); callers that would rather read null as "unknown"
 * must decide that themselves before calling.
 *
 * Qualified bounds (`1930~`, `1945?`) are not widened: "about 1930" has no
 * agreed margin, and inventing one would turn data into guesses. Instead the
 * whole stated span of a qualified bound, including its own last day, is
 * MAYBE, so a qualified day-precision bound is never a sharp YES/NO edge.
 * Outside the stated span the answer is as for an unqualified bound.
 */
export function existsOn(
  start: HistoricalDate | null,
  end: HistoricalDate | null,
  day: string,
): Answer {
  assertIsoDay(day);
  const afterStart = start === null ? 'YES' : startSide(start, day);
  const beforeEnd = end === null ? 'YES' : endSide(end, day);
  if (afterStart === 'NO' || beforeEnd === 'NO') return 'NO';
  if (afterStart === 'YES' && beforeEnd === 'YES') return 'YES';
  return 'MAYBE';
}

// ISO `YYYY-MM-DD` strings of 4-digit years order correctly as plain strings.
function startSide(start: HistoricalDate, day: string): Answer {
  if (day < start.earliest) return 'NO';
  if (isQualified(start) ? day <= start.latest : day < start.latest) return 'MAYBE';
  return 'YES';
}

function endSide(end: HistoricalDate, day: string): Answer {
  if (day < end.earliest) return 'YES';
  if (isQualified(end) ? day <= end.latest : day < end.latest) return 'MAYBE';
  return 'NO';
}

function isQualified(d: HistoricalDate): boolean {
  return d.approximate || d.uncertain;
}

// A month like `1976-02` would compare as a string without complaint and give
// wrong answers, so the day is checked rather than trusted.
function assertIsoDay(day: string): void {
  const match = ISO_DAY.exec(day);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const date = Number(match?.[3]);
  if (
    match === null ||
    year < 1 ||
    month < 1 ||
    month > 12 ||
    date < 1 ||
    date > daysInMonth(year, month)
  ) {
    throw new HistoricalDateError('a day as YYYY-MM-DD', day);
  }
}
