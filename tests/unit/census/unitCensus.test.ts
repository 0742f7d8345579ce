import { describe, expect, it } from 'vitest';
import { buildUnitCensus, censusScope, existenceOf, type CensusUnit, type CensusYear } from '../../../src/census/unitCensus.js';

const unit = (overrides: Partial<CensusUnit>): CensusUnit => ({
  kind: 'province',
  establishedEarliest: null,
  establishedLatest: null,
  dissolved: null,
  dissolvedEarliest: null,
  dissolvedLatest: null,
  current: false,
  ...overrides,
});

/** Reads a census the way CENSUS_COUNT does in Cypher: the last year at or before the day's. */
function read(census: readonly CensusYear[], scope: string, day: string): number | null {
  const year = census.filter((y) => y.scope === scope && y.year <= Number(day.slice(0, 4))).at(-1);
  if (!year) return null;
  const last = year.days.findLastIndex((d) => d <= day);
  return last === -1 ? year.aliveBefore : year.alive[last]!;
}

/** What EXISTED_ON in src/cypher/pageQueries.ts counts, written out unit by unit. */
function counted(units: readonly CensusUnit[], certainty: 'DEFINITE' | 'POSSIBLE', kind: string | null, day: string): number {
  return units.filter((u) => {
    if (kind && u.kind !== kind) return false;
    if (certainty === 'DEFINITE') {
      return (u.establishedLatest === null || u.establishedLatest <= day) &&
        ((u.dissolvedEarliest !== null && u.dissolvedEarliest > day) || (u.dissolved === null && u.current));
    }
    return (u.establishedEarliest === null || u.establishedEarliest <= day) && (u.dissolved === null || (u.dissolvedLatest !== null && u.dissolvedLatest > day));
  }).length;
}

// Cửu Long: established 1976-02 (a month), dissolved 1992-05-05; a unit from before 1975 still
// current; one whose end is unknown; one merged away on 2025-07-01.
const CUU_LONG = unit({ establishedEarliest: '1976-02-01', establishedLatest: '1976-02-29', dissolved: '1992-05-05', dissolvedEarliest: '1992-05-05', dissolvedLatest: '1992-05-05' });
const OLD_CITY = unit({ kind: 'city', current: true });
const UNKNOWN_END = unit({ establishedEarliest: '1976-01-01', establishedLatest: '1976-12-31' });
const MERGED_2025 = unit({ establishedEarliest: '1992-05-05', establishedLatest: '1992-05-05', dissolved: '2025-07', dissolvedEarliest: '2025-07-01', dissolvedLatest: '2025-07-31' });
const UNITS = [CUU_LONG, OLD_CITY, UNKNOWN_END, MERGED_2025];

describe('existenceOf', () => {
  it('counts a partial start from its last possible day for certain, from its first possibly', () => {
    expect(existenceOf(CUU_LONG, 'DEFINITE')).toEqual({ from: '1976-02-29', until: '1992-05-05' });
    expect(existenceOf(CUU_LONG, 'POSSIBLE')).toEqual({ from: '1976-02-01', until: '1992-05-05' });
  });

  it('never counts a unit with an unknown end for certain, and always possibly', () => {
    expect(existenceOf(UNKNOWN_END, 'DEFINITE')).toBeNull();
    expect(existenceOf(UNKNOWN_END, 'POSSIBLE')).toEqual({ from: '1976-01-01', until: null });
  });

  it('counts a unit without a start from the origin', () => {
    expect(existenceOf(OLD_CITY, 'DEFINITE')).toEqual({ from: '0001-01-01', until: null });
  });
});

describe('buildUnitCensus', () => {
  const census = buildUnitCensus(UNITS);

  it('answers days inside, between and at the edges of partial dates', () => {
    const all = censusScope('DEFINITE', null);
    expect(read(census, all, '1976-02-15')).toBe(1); // only the old city: Cửu Long's start is not certain yet
    expect(read(census, all, '1976-02-29')).toBe(2);
    expect(read(census, all, '1992-05-04')).toBe(2);
    expect(read(census, all, '1992-05-05')).toBe(2); // Cửu Long ends as the 1992 unit begins
    expect(read(census, all, '2025-07-15')).toBe(1);
    expect(read(census, censusScope('POSSIBLE', null), '2025-07-15')).toBe(3);
    expect(read(census, censusScope('DEFINITE', 'city'), '1900-01-01')).toBe(1);
  });

  it('agrees with counting unit by unit on every day of a random history', () => {
    let state = 42;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const day = () => `${1940 + Math.floor(random() * 90)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const units = Array.from({ length: 400 }, () => {
      const [start, end] = [day(), day()].sort();
      const dissolved = random() < 0.6;
      return unit({
        kind: random() < 0.8 ? 'province' : 'city',
        establishedEarliest: random() < 0.1 ? null : start!,
        establishedLatest: random() < 0.1 ? null : start!.slice(0, 8) + '28',
        dissolved: dissolved ? end! : null,
        dissolvedEarliest: dissolved ? end!.slice(0, 8) + '01' : null,
        dissolvedLatest: dissolved ? end! : null,
        current: !dissolved && random() < 0.7,
      }) satisfies CensusUnit;
    }).map((u) => (u.establishedEarliest && u.establishedLatest && u.establishedLatest < u.establishedEarliest ? { ...u, establishedLatest: u.establishedEarliest } : u));
    const randomCensus = buildUnitCensus(units);
    for (let i = 0; i < 500; i += 1) {
      const d = day();
      for (const certainty of ['DEFINITE', 'POSSIBLE'] as const) {
        for (const kind of [null, 'province', 'city']) {
          expect(read(randomCensus, censusScope(certainty, kind), d), `${certainty} ${kind} ${d}`).toBe(counted(units, certainty, kind, d));
        }
      }
    }
  });
});
