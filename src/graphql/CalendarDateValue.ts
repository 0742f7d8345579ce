import type { HistoricalDate } from '../dates/index.js';

/** What a CalendarDate argument arrives as in resolvers: already parsed, with its precision. */
export type CalendarDateValue = HistoricalDate;
