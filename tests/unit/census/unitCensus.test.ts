import { describe, expect, it } from 'vitest';
import { buildUnitCensus, censusScope, existenceOf, type CensusUnit, type CensusYear } from '../../../src/census/unitCensus.js';
import { existsOn, parseHistoricalDate, type HistoricalDate } from '../../../src/dates/index.js';
import { existenceProps } from '../../../src/seed/existenceProps.js';

const d = (edtf: string) => parseHistoricalDate(edtf);

/** A unit as the loader stores it: its spans from its bounds (the same on both bases unless given). */
function unit(
  kind: string,
  start: HistoricalDate | null,
  end: HistoricalDate | null,
  current: boolean,
  operating: { start: HistoricalDate | null; end: HistoricalDate | null } = { start, end },
): CensusUnit {
  return { kind, ...existenceProps({ LEGAL: { start, end }, OPERATING: operating }, current ? 'PRESENT' : 'UNKNOWN') };
}

/** Reads a census the way CENSUS_COUNT does in Cypher: the last year at or before the day's. */
function read(census: readonly CensusYear[], scope: string, day: string): number | null {
  const year = census.filter((y) => y.scope === scope && y.year <= Number(day.slice(0, 4))).at(-1);
  if (!year) return null;
  const last = year.days.findLastIndex((x) => x <= day);
  return last === -1 ? year.aliveBefore : year.alive[last]!;
}

// Cửu Long: established 1976-02 (a month), dissolved 1992-05-05; a unit from before 1975 still
// current; one whose end is unknown; one merged away in 2025, legally on 06-12, operating to 07-01.
const CUU_LONG = unit('province', d('1976-02'), d('1992-05-05'), false);
const OLD_CITY = unit('city', null, null, true);
const UNKNOWN_END = unit('province', d('1976'), null, false);
const MERGED_2025 = unit('province', d('1992-05-05'), d('2025-06-12'), false, { start: d('1992-05-05'), end: d('2025-07-01') });
const UNITS = [CUU_LONG, OLD_CITY, UNKNOWN_END, MERGED_2025];

describe('existenceOf', () => {
  it('counts a partial start from its last possible day for certain, from its first possibly', () => {
    expect(existenceOf(CUU_LONG, 'LEGAL', 'DEFINITE')).toEqual({ from: '1976-02-29', until: '1992-05-05' });
    expect(existenceOf(CUU_LONG, 'LEGAL', 'POSSIBLE')).toEqual({ from: '1976-02-01', until: '1992-05-05' });
  });

  it('never counts a unit with an unknown end for certain, and always possibly', () => {
    expect(existenceOf(UNKNOWN_END, 'LEGAL', 'DEFINITE')).toBeNull();
    expect(existenceOf(UNKNOWN_END, 'LEGAL', 'POSSIBLE')).toEqual({ from: '1976-01-01', until: null });
  });

  it('counts a unit without a start from the origin', () => {
    expect(existenceOf(OLD_CITY, 'LEGAL', 'DEFINITE')).toEqual({ from: '0001-01-01', until: null });
  });

  it('reads the operating span apart from the legal one', () => {
    expect(existenceOf(MERGED_2025, 'LEGAL', 'DEFINITE')).toEqual({ from: '1992-05-05', until: '2025-06-12' });
    expect(existenceOf(MERGED_2025, 'OPERATING', 'DEFINITE')).toEqual({ from: '1992-05-05', until: '2025-07-01' });
  });
});

describe('buildUnitCensus', () => {
  const census = buildUnitCensus(UNITS);

  it('answers days inside, between and at the edges of partial dates, on each basis', () => {
    const all = censusScope('LEGAL', 'DEFINITE', null);
    expect(read(census, all, '1976-02-15')).toBe(1); // only the old city: Cửu Long's start is not certain yet
    expect(read(census, all, '1976-02-29')).toBe(2);
    expect(read(census, all, '1992-05-04')).toBe(2);
    expect(read(census, all, '1992-05-05')).toBe(2); // Cửu Long ends as the 1992 unit begins
    expect(read(census, all, '2025-06-20')).toBe(1);
    expect(read(census, censusScope('OPERATING', 'DEFINITE', null), '2025-06-20')).toBe(2);
    expect(read(census, censusScope('LEGAL', 'POSSIBLE', null), '2025-07-15')).toBe(2);
    expect(read(census, censusScope('LEGAL', 'DEFINITE', 'city'), '1900-01-01')).toBe(1);
  });

  // Issue 10: "existed on a day" is written once (src/dates/existenceSpan.ts). The census, built
  // from the spans the loader stores, must count exactly the units existsOn says existed.
  it('agrees with existsOn, unit by unit, on every day of a random history with partial and approximate dates', () => {
    let state = 42;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pad = (n: number) => String(n).padStart(2, '0');
    const someDay = () => `${1940 + Math.floor(random() * 90)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const someDate = (day: string) => {
      const r = random();
      const text = r < 0.5 ? day : r < 0.7 ? day.slice(0, 7) : r < 0.85 ? day.slice(0, 4) : `${day.slice(0, 4)}~`;
      return d(text);
    };
    const bounds = Array.from({ length: 300 }, () => {
      const [a, b] = [someDay(), someDay()].sort();
      const start = random() < 0.1 ? null : someDate(a!);
      const end = random() < 0.4 ? null : someDate(b!);
      const ordered = start && end && end.latest < start.earliest ? null : end;
      return { kind: random() < 0.8 ? 'province' : 'city', start, end: ordered, current: ordered === null && random() < 0.7 };
    });
    const units = bounds.map((b) => unit(b.kind, b.start, b.end, b.current));
    const randomCensus = buildUnitCensus(units);
    for (let i = 0; i < 400; i += 1) {
      const day = someDay();
      for (const kind of [null, 'province', 'city']) {
        const ofKind = bounds.filter((b) => !kind || b.kind === kind);
        // An unknown end (not current) is never certain, and possible from the start on.
        const definite = ofKind.filter((b) => (b.end || b.current) && existsOn(b.start, b.end, day) === 'YES').length;
        const possible = ofKind.filter((b) => existsOn(b.start, b.end, day) !== 'NO').length;
        expect(read(randomCensus, censusScope('LEGAL', 'DEFINITE', kind), day), `DEFINITE ${kind} ${day}`).toBe(definite);
        expect(read(randomCensus, censusScope('LEGAL', 'POSSIBLE', kind), day), `POSSIBLE ${kind} ${day}`).toBe(possible);
      }
    }
  });
});
