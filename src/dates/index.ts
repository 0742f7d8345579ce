export type { DatePrecision } from './DatePrecision.js';
export type { HistoricalDate } from './HistoricalDate.js';
export { HistoricalDateError } from './HistoricalDateError.js';
export { parseHistoricalDate } from './parseHistoricalDate.js';
export { parseCalendarDate } from './parseCalendarDate.js';
export { formatVietnamese } from './formatVietnamese.js';
export { existsOn } from './existsOn.js';
export { overlaps } from './overlaps.js';
export { compareHistoricalDates } from './compareHistoricalDates.js';
