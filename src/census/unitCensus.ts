// The unit census: how many provincial units existed on any day, precomputed per year. Counting
// the units alive on a day by visiting them costs as much as the answer is large (tens of
// thousands at 10^6 nodes); reading the census costs one index seek and a scan of one year's
// entries. Pure: the seed loader feeds it the units' bounds and writes what it returns.

import { BASES, CERTAINTIES, EXISTENCE_ORIGIN, spanProperty, type Basis, type Certainty, type ExistenceSpan } from '../dates/index.js';

/**
 * What the census needs of a unit: its kind and its existence spans (src/dates/existenceSpan.ts),
 * as the loader stored them, keyed by span property (`legalDefiniteFrom`: an ISO day, or null when
 * the span is empty or, for `…Until`, open).
 */
export interface CensusUnit {
  readonly kind: string;
  readonly [spanKey: string]: string | null;
}

/**
 * One year of one scope: on a day D of `year`, the count is `alive[i]` for the last `days[i]` ≤ D,
 * or `aliveBefore` when D comes before every entry of the year. Years without any change have no
 * entry: the nearest earlier year's last count holds.
 */
export interface CensusYear {
  readonly scope: string;
  readonly year: number;
  readonly days: readonly string[];
  readonly alive: readonly number[];
  readonly aliveBefore: number;
}

/** The day before any record: units without a start existed before 1975 and count from here. */
export const CENSUS_ORIGIN = EXISTENCE_ORIGIN;

/** The census a question reads: its basis, its certainty and its kind filter (null: every kind). */
export const censusScope = (basis: Basis, certainty: Certainty, kind: string | null) => `${basis}:${certainty}:${kind ?? '*'}`;

/** The span a unit's stored properties give for one basis and certainty; null when it is empty. */
export function existenceOf(unit: CensusUnit, basis: Basis, certainty: Certainty): ExistenceSpan | null {
  const from = unit[spanProperty(basis, certainty, 'From')] ?? null;
  return from === null ? null : { from, until: unit[spanProperty(basis, certainty, 'Until')] ?? null };
}

/** The census of every scope (each basis and certainty, every kind and each kind alone). */
export function buildUnitCensus(units: readonly CensusUnit[]): CensusYear[] {
  const kinds = [...new Set(units.map((unit) => unit.kind))].sort();
  const years: CensusYear[] = [];
  for (const basis of BASES) {
    for (const certainty of CERTAINTIES) {
      for (const kind of [null, ...kinds]) {
        const members = kind === null ? units : units.filter((unit) => unit.kind === kind);
        years.push(
          ...censusOf(
            censusScope(basis, certainty, kind),
            members.map((unit) => existenceOf(unit, basis, certainty)),
          ),
        );
      }
    }
  }
  return years;
}

function censusOf(scope: string, spans: ReadonlyArray<{ from: string; until: string | null } | null>): CensusYear[] {
  const change = new Map<string, number>([[CENSUS_ORIGIN, 0]]);
  for (const span of spans) {
    if (!span) continue;
    change.set(span.from, (change.get(span.from) ?? 0) + 1);
    if (span.until !== null) change.set(span.until, (change.get(span.until) ?? 0) - 1);
  }
  const years: CensusYear[] = [];
  let alive = 0;
  for (const day of [...change.keys()].sort()) {
    const year = Number(day.slice(0, 4));
    let current = years.at(-1);
    if (current?.year !== year) {
      current = { scope, year, days: [], alive: [], aliveBefore: alive };
      years.push(current);
    }
    alive += change.get(day)!;
    (current.days as string[]).push(day);
    (current.alive as number[]).push(alive);
  }
  return years;
}
