import type { Certainty } from './existenceSpan.js';
import { existenceSpan, inSpan } from './existenceSpan.js';
import type { HistoricalDate } from './HistoricalDate.js';

/** What a tenure's dates are: its start and end, whether a source says it goes on, the days a source shows it. */
export interface TenureDates {
  readonly start: HistoricalDate | null;
  readonly end: HistoricalDate | null;
  readonly current: boolean;
  readonly attested: readonly HistoricalDate[];
}

/**
 * Whether a tenure was held on `day` (ISO), by the one existence rule (existenceSpan.ts): DEFINITE
 * inside its DEFINITE span, where a missing end is "still held" only when a source says the post
 * is current (seeds/README.md, tenures) and is otherwise unknown; also DEFINITE on a day a source
 * shows the person in post (an attested date to the day). POSSIBLE inside its POSSIBLE span, where
 * a missing bound does not limit it; null when the dates rule the day out.
 */
export function tenureOn(tenure: TenureDates, day: string): Certainty | null {
  const definite = existenceSpan(tenure.start, tenure.end, 'DEFINITE', tenure.current ? 'PRESENT' : 'UNKNOWN');
  const attestedThatDay = tenure.attested.some((a) => a.precision === 'DAY' && !a.approximate && !a.uncertain && a.earliest === day);
  if (inSpan(definite, day) || attestedThatDay) return 'DEFINITE';
  if (inSpan(existenceSpan(tenure.start, tenure.end, 'POSSIBLE', 'PRESENT'), day)) return 'POSSIBLE';
  return null;
}
