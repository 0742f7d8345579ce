import type { HistoricalDate } from '../dates/index.js';
import type { SeedRecords } from './recordSchemas.js';

type WithDates<T, K extends string> = Omit<T, K> & { [P in K]?: HistoricalDate | null };

/** Validated seed records, dates parsed: what the loader turns into nodes and relationships. */
export interface SeedDataset {
  readonly sources: Array<WithDates<SeedRecords['sources'], 'date'>>;
  readonly provinces: Array<WithDates<SeedRecords['provinces'], 'established' | 'dissolved'>>;
  readonly changes: Array<Omit<WithDates<SeedRecords['changes'], 'effectiveDate' | 'operatingDate'>, 'date'> & { date: HistoricalDate }>;
  readonly offices: Array<WithDates<SeedRecords['offices'], 'established' | 'dissolved'>>;
  readonly people: Array<SeedRecords['people']>;
  readonly tenures: Array<Omit<WithDates<SeedRecords['tenures'], 'start' | 'end'>, 'attested'> & { attested: HistoricalDate[] }>;
  readonly events: Array<Omit<SeedRecords['events'], 'date'> & { date: HistoricalDate }>;
}
