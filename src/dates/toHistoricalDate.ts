import type { HistoricalDate } from './HistoricalDate.js';
import { parseHistoricalDate } from './parseHistoricalDate.js';

// Dates are validated when seeds load, so parsing a stored EDTF string cannot fail; parsed dates
// are kept because the same few hundred strings come back in every response.
const parsed = new Map<string, HistoricalDate>();

/** The HistoricalDate of a stored EDTF string (null stays null: unknown stays unknown). */
export function toHistoricalDate(edtf: string | null | undefined): HistoricalDate | null {
  if (edtf === null || edtf === undefined) return null;
  let date = parsed.get(edtf);
  if (!date) {
    date = parseHistoricalDate(edtf);
    parsed.set(edtf, date);
  }
  return date;
}
