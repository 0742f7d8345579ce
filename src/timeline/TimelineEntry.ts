import type { HistoricalDate } from '../dates/index.js';
import type { EntityRef } from '../repositories/records.js';

export type TimelineEntryKind =
  | 'ESTABLISHED'
  | 'DISSOLVED'
  | 'CHANGE'
  | 'OFFICE_ESTABLISHED'
  | 'OFFICE_DISSOLVED'
  | 'TENURE_STARTED'
  | 'TENURE_ENDED'
  | 'TENURE_ATTESTED'
  | 'EVENT';

/** One dated line of a story. `citedBy` is the record whose sources attest the entry. */
export interface TimelineEntry {
  readonly date: HistoricalDate;
  readonly kind: TimelineEntryKind;
  readonly label: string;
  readonly subjects: readonly EntityRef[];
  readonly citedBy: string;
}
