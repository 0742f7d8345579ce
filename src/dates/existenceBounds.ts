import type { HistoricalDate } from './HistoricalDate.js';

/** The two ways of dating a unit's life (docs/model.md, "Two bases"). */
export type Basis = 'LEGAL' | 'OPERATING';

interface ChangeDates {
  readonly date: HistoricalDate | null;
  readonly effectiveDate?: HistoricalDate | null;
  readonly operatingDate?: HistoricalDate | null;
}

/** The day a change took legal effect: its effectiveDate, else the date of its act. */
export function legalDateOf(change: ChangeDates): HistoricalDate | null {
  return change.effectiveDate ?? change.date;
}

/** The day the apparatus a change created began to operate: its operatingDate, else its legal date. */
export function operatingDateOf(change: ChangeDates): HistoricalDate | null {
  return change.operatingDate ?? legalDateOf(change);
}

/** A change's date on one basis. */
export function changeDateOn(basis: Basis, change: ChangeDates): HistoricalDate | null {
  return basis === 'LEGAL' ? legalDateOf(change) : operatingDateOf(change);
}
