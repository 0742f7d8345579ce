import { parseHistoricalDate, type HistoricalDate } from '../dates/index.js';

/** A record's EDTF date with its bounds, or nulls when the record has no date. */
export interface ExportDate {
  readonly edtf: string | null;
  readonly earliest: string | null;
  readonly latest: string | null;
}

const NONE: ExportDate = { edtf: null, earliest: null, latest: null };

/** The date as the exports write it: the EDTF the source gives, and the first and last day it covers. */
export function exportDate(edtf: string | null | undefined): ExportDate {
  if (edtf === null || edtf === undefined) return NONE;
  const date: HistoricalDate = parseHistoricalDate(edtf);
  return { edtf: date.edtf, earliest: date.earliest, latest: date.latest };
}

/**
 * One bound of a Linked Places timespan. A day known exactly is `{ in: day }`; a month, a year or a
 * qualified date (`1930~`, `1945?`) keeps its EDTF text in `in` (Linked Places takes ISO 8601 with
 * the ISO 8601-2 `~ ? %` markers) and adds the first and last day it covers, so a reader never takes
 * `1976-02` for the first of February.
 */
export function lpfBound(edtf: string | null | undefined): { in?: string; earliest?: string; latest?: string } {
  if (edtf === null || edtf === undefined) return {};
  const date = parseHistoricalDate(edtf);
  if (date.precision === 'DAY' && !date.approximate && !date.uncertain) return { in: date.edtf };
  return { in: date.edtf, earliest: date.earliest, latest: date.latest };
}
