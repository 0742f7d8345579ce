import type { HistoricalDate } from './HistoricalDate.js';

/** How sure an "existed on this day" answer must be: certainly, or at least possibly. */
export type Certainty = 'DEFINITE' | 'POSSIBLE';

/** The day before any record: a thing without a start existed before 1975 and counts from here. */
export const EXISTENCE_ORIGIN = '0001-01-01';

/** Days as a half-open interval [from, until) of ISO days; `until` null: to this day. */
export interface ExistenceSpan {
  readonly from: string;
  readonly until: string | null;
}

/**
 * THE definition of "existed on a day" (docs/model.md, "Existed on a day"): every user (existsOn,
 * the unit census, the Cypher filters of src/cypher/existedOn.ts through the span properties the
 * loader writes, the office filter of a province) reads these spans and nothing else, so they
 * cannot disagree. Something that existed over [start, end) existed on day D
 * - DEFINITE: when the dates put D inside for sure: from the last day `start` may mean (the day
 *   after it when the bound is qualified, `1930~`), until the first day `end` may mean;
 * - POSSIBLE: when they leave it open: from the first day `start` may mean, until the last day
 *   `end` may mean (the day after it when qualified).
 * Qualified bounds (`1930~`, `1945?`) are not widened: "about 1930" has no agreed margin, and
 * inventing one would turn data into guesses; instead the whole stated span of a qualified bound,
 * its last day included, is only possible.
 *
 * `end` null means no recorded end: `openEnd: 'PRESENT'` reads it as "still exists" (a current
 * unit, an office whose sources give no end), `'UNKNOWN'` as an end the sources do not give, so
 * it is never certainly there. Returns null when no day qualifies.
 */
export function existenceSpan(
  start: HistoricalDate | null,
  end: HistoricalDate | null,
  certainty: Certainty,
  openEnd: 'PRESENT' | 'UNKNOWN' = 'PRESENT',
): ExistenceSpan | null {
  let from: string;
  let until: string | null;
  if (certainty === 'DEFINITE') {
    from = start === null ? EXISTENCE_ORIGIN : isQualified(start) ? dayAfter(start.latest) : start.latest;
    if (end === null && openEnd === 'UNKNOWN') return null;
    until = end === null ? null : end.earliest;
  } else {
    from = start === null ? EXISTENCE_ORIGIN : start.earliest;
    until = end === null ? null : isQualified(end) ? dayAfter(end.latest) : end.latest;
  }
  return until !== null && until <= from ? null : { from, until };
}

/** Whether `day` (ISO) lies in `span`: the one comparison every user of spans makes. */
export function inSpan(span: ExistenceSpan | null, day: string): boolean {
  return span !== null && span.from <= day && (span.until === null || day < span.until);
}

function isQualified(date: HistoricalDate): boolean {
  return date.approximate || date.uncertain;
}

// ISO `YYYY-MM-DD` of the next day, in the proleptic Gregorian calendar that ISO dates use.
function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
