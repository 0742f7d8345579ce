// The unit census: how many provincial units existed on any day, precomputed per year. Counting
// the units alive on a day by visiting them costs as much as the answer is large (tens of
// thousands at 10^6 nodes); reading the census costs one index seek and a scan of one year's
// entries. Pure: the seed loader feeds it the units' bounds and writes what it returns.

export type CensusCertainty = 'DEFINITE' | 'POSSIBLE';

/** What the census needs of a unit: its kind and the ISO days of its bounds. */
export interface CensusUnit {
  readonly kind: string;
  readonly establishedEarliest: string | null;
  readonly establishedLatest: string | null;
  readonly dissolved: string | null;
  readonly dissolvedEarliest: string | null;
  readonly dissolvedLatest: string | null;
  readonly current: boolean;
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
export const CENSUS_ORIGIN = '0001-01-01';

/** The census a question reads: its certainty and its kind filter (null: every kind). */
export const censusScope = (certainty: CensusCertainty, kind: string | null) => `${certainty}:${kind ?? '*'}`;

/**
 * The days a unit existed on for `certainty`, as [from, until) (until null: to this day), or null
 * when there are none. They mirror EXISTED_ON in src/cypher/pageQueries.ts exactly:
 * - DEFINITE: established for sure (establishedLatest ≤ D), and dissolved for sure only later
 *   (dissolvedEarliest > D), or never dissolved and current;
 * - POSSIBLE: possibly established (establishedEarliest ≤ D), and not dissolved for sure
 *   (dissolvedLatest > D), or never dissolved.
 */
export function existenceOf(unit: CensusUnit, certainty: CensusCertainty): { from: string; until: string | null } | null {
  const from = (certainty === 'DEFINITE' ? unit.establishedLatest : unit.establishedEarliest) ?? CENSUS_ORIGIN;
  let until: string | null;
  if (certainty === 'DEFINITE') {
    if (unit.dissolved !== null) until = unit.dissolvedEarliest;
    else if (unit.current) until = null;
    else return null; // an unknown end: never certainly there
  } else {
    until = unit.dissolved === null ? null : unit.dissolvedLatest;
  }
  return until !== null && until <= from ? null : { from, until };
}

/** The census of every scope (each certainty, every kind and each kind alone). */
export function buildUnitCensus(units: readonly CensusUnit[]): CensusYear[] {
  const kinds = [...new Set(units.map((unit) => unit.kind))].sort();
  const years: CensusYear[] = [];
  for (const certainty of ['DEFINITE', 'POSSIBLE'] as const) {
    for (const kind of [null, ...kinds]) {
      const members = kind === null ? units : units.filter((unit) => unit.kind === kind);
      years.push(...censusOf(censusScope(certainty, kind), members.map((unit) => existenceOf(unit, certainty))));
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
