import type { Certainty, ExistenceSpan } from './existenceSpan.js';
import { existenceSpan, inSpan } from './existenceSpan.js';
import type { HistoricalDate } from './HistoricalDate.js';

/** What a tenure's dates are: its start and end, whether a source says it goes on, the days a source shows it. */
export interface TenureDates {
  readonly start: HistoricalDate | null;
  readonly end: HistoricalDate | null;
  readonly current: boolean;
  readonly attested: readonly HistoricalDate[];
}

/** When a tenure was held: for certain, possibly, and the single days a source shows it held. */
export interface TenureSpans {
  readonly definite: ExistenceSpan | null;
  readonly possible: ExistenceSpan | null;
  readonly attestedDays: readonly string[];
}

/**
 * THE rule for tenures, by the one existence rule (existenceSpan.ts): DEFINITE inside its DEFINITE
 * span, where a missing end is "still held" only when a source says the post is current
 * (seeds/README.md, tenures) and is otherwise unknown; also DEFINITE on a day a source shows the
 * person in post (an attested date to the day, unqualified). POSSIBLE inside its POSSIBLE span,
 * where a missing bound does not limit it. The loader stores these spans on each Tenure node for
 * Neo4j Browser (docs/browser/queries.cypher); `tenureOn` reads them for the API.
 */
export function tenureSpans(tenure: TenureDates): TenureSpans {
  return {
    definite: existenceSpan(tenure.start, tenure.end, 'DEFINITE', tenure.current ? 'PRESENT' : 'UNKNOWN'),
    possible: existenceSpan(tenure.start, tenure.end, 'POSSIBLE', 'PRESENT'),
    attestedDays: tenure.attested.filter((a) => a.precision === 'DAY' && !a.approximate && !a.uncertain).map((a) => a.earliest),
  };
}

/** Whether a tenure was held on `day` (ISO): DEFINITE, POSSIBLE, or null when its dates rule the day out. */
export function tenureOn(tenure: TenureDates, day: string): Certainty | null {
  const spans = tenureSpans(tenure);
  if (inSpan(spans.definite, day) || spans.attestedDays.includes(day)) return 'DEFINITE';
  if (inSpan(spans.possible, day)) return 'POSSIBLE';
  return null;
}
