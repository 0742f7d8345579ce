import type { DatePrecision } from './DatePrecision.js';

// A plain, serialisable value: it crosses GraphQL and Neo4j boundaries, so it
// carries no edtf objects or Date instances.
export interface HistoricalDate {
  /** Canonical EDTF level-1 text, qualifier as a suffix: `1930~`, `1976-02`. */
  edtf: string;
  precision: DatePrecision;
  /** First day covered, ISO `YYYY-MM-DD`. */
  earliest: string;
  /** Last day covered (inclusive), ISO `YYYY-MM-DD`. */
  latest: string;
  approximate: boolean;
  uncertain: boolean;
}
