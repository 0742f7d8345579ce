import type { HistoricalDate } from './HistoricalDate.js';

/**
 * Whether the spans of days the two dates cover share at least one day, so a
 * month overlaps each of its days and a year each of its months. Qualifiers
 * are ignored: this compares the stated spans only.
 */
export function overlaps(a: HistoricalDate, b: HistoricalDate): boolean {
  return a.earliest <= b.latest && b.earliest <= a.latest;
}
