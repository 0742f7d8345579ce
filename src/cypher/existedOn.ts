import { spanProperty, type Basis, type Certainty } from '../dates/index.js';

// "Existed on a day" in Cypher. The loader writes each unit's and office's existence spans
// (src/dates/existenceSpan.ts, the one definition) as DATE properties, one pair per basis and
// certainty: `legalDefiniteFrom`, `legalDefiniteUntil`, … `operatingPossibleUntil`. A query only
// compares the day with them, exactly as inSpan does in TypeScript, so the two cannot disagree.
// Property names are built from the two enums, never from user input.

/**
 * The Cypher condition "`variable` existed on $day" on one basis and certainty, or true when
 * $day is null. A missing `…From` means no such day (the span is empty); a missing `…Until`, no end.
 */
export function existedOn(variable: string, basis: Basis, certainty: Certainty): string {
  return `($day IS NULL OR ${existedOnDay(variable, basis, certainty)})`;
}

/** The same condition for a statement built only for requests that give a day ($day is never null). */
export function existedOnDay(variable: string, basis: Basis, certainty: Certainty): string {
  const from = `${variable}.${spanProperty(basis, certainty, 'From')}`;
  const until = `${variable}.${spanProperty(basis, certainty, 'Until')}`;
  return `(${from} <= $day AND (${until} IS NULL OR ${until} > $day))`;
}
