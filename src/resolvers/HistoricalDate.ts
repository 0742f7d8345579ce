import { formatVietnamese } from '../dates/index.js';
import type { HistoricalDateResolvers, MonthDayResolvers } from '../generated/graphql.js';

export const HistoricalDate: HistoricalDateResolvers = {
  label: (date) => formatVietnamese(date),
};

export const MonthDay: MonthDayResolvers = {
  label: ({ month, day }) => `ngày ${day} tháng ${month}`,
};
