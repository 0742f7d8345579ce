export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';
