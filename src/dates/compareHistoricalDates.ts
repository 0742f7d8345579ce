import type { DatePrecision } from './DatePrecision.js';
import type { HistoricalDate } from './HistoricalDate.js';

const COARSENESS: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/**
 * Chronological order for Array.prototype.sort: by first day covered, then
 * coarser precision first (so `1976` heads `1976-01` and `1976-01-01`, as a
 * heading before its details), then last day covered. The final tie-break on
 * the EDTF text only orders `1930` before its qualified variants, so that
 * sorting is deterministic.
 */
export function compareHistoricalDates(a: HistoricalDate, b: HistoricalDate): number {
  return (
    compareText(a.earliest, b.earliest) ||
    COARSENESS[a.precision] - COARSENESS[b.precision] ||
    compareText(a.latest, b.latest) ||
    compareText(a.edtf, b.edtf)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
