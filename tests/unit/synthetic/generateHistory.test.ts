import { describe, expect, it } from 'vitest';
import type { RawRecord, SeedFiles, SeedKind } from '../../../src/seed/readSeedFiles.js';
import { toGraphRows } from '../../../src/seed/toGraphRows.js';
import { validateSeeds } from '../../../src/seed/validateSeeds.js';
import { generateHistory, generateSeedRecords, NODES_PER_UNIT, type SeedRecordLists } from '../../../bench/synthetic/generateHistory.js';

const UNITS = 500;
const records = generateSeedRecords({ units: UNITS, seed: 7 });
const dataset = generateHistory({ units: UNITS, seed: 7 });
const allRecords = Object.values(records).flat() as Array<{ id: string }>;
const byId = new Map(allRecords.map((r) => [r.id, r]));
const kindOf = new Map(
  (Object.entries(records) as Array<[SeedKind, Array<{ id: string }>]>).flatMap(([kind, list]) => list.map((r) => [r.id, kind] as const)),
);

/** The records as the seed files would hold them, so the real validator can judge them. */
function asSeedFiles(lists: SeedRecordLists): SeedFiles {
  const raw: RawRecord[] = (Object.entries(lists) as Array<[SeedKind, unknown[]]>).flatMap(([kind, list]) =>
    list.map((data, i) => ({ kind, file: `${kind}.yaml`, line: i + 1, data, lineOf: () => i + 1 })),
  );
  return { records: raw, documents: new Map(), problems: [], unreadable: new Set() };
}

describe('generateHistory', () => {
  it('passes every rule of the real seed validator', () => {
    const { problems } = validateSeeds(asSeedFiles(records));
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('gives every record a unique id with the syn- prefix', () => {
    expect(byId.size).toBe(allRecords.length);
    expect(allRecords.every((r) => r.id.startsWith('syn-'))).toBe(true);
  });

  it('resolves every reference to a record of the right kind, and cites a source with a quote', () => {
    const expectKind = (id: string, ...kinds: SeedKind[]) => expect(kinds).toContain(kindOf.get(id));
    for (const c of records.changes) [...c.ended, ...c.began, ...c.continued].forEach((id) => expectKind(id, 'provinces'));
    for (const o of records.offices) expectKind(o.province!, 'provinces');
    for (const t of records.tenures) {
      expectKind(t.person, 'people');
      expectKind(t.office ?? t.province!, t.office ? 'offices' : 'provinces');
    }
    for (const e of records.events) e.subjects.forEach((id) => expectKind(id, 'provinces', 'offices', 'people', 'changes', 'tenures'));
    const cited = [...records.provinces, ...records.changes, ...records.offices, ...records.people, ...records.tenures, ...records.events];
    for (const record of cited) {
      expect(record.sources.length).toBeGreaterThan(0);
      record.sources.forEach((c) => expectKind(typeof c === 'string' ? c : c.id, 'sources'));
    }
    expect(cited.every((r) => r.sources.some((c) => typeof c !== 'string' && c.quote))).toBe(true);
  });

  it('keeps intervals sane: nothing ends before it starts, current units have no end', () => {
    const check = (start: HistoricalDateLike, end: HistoricalDateLike) => {
      if (start && end) expect(end.latest >= start.earliest).toBe(true);
    };
    for (const p of dataset.provinces) {
      check(p.established, p.dissolved);
      if (p.current) expect(p.dissolved ?? null).toBeNull();
    }
    for (const o of dataset.offices) check(o.established, o.dissolved);
    for (const t of dataset.tenures) {
      check(t.start, t.end);
      if (t.current) expect(t.end ?? null).toBeNull();
    }
  });

  it('ends the units a change ended, and begins those it created, on the change date', () => {
    const provinces = new Map(dataset.provinces.map((p) => [p.id, p]));
    const kinds = new Set<string>();
    for (const c of dataset.changes) {
      kinds.add(c.kind);
      const when = (c.effectiveDate ?? c.date).edtf;
      for (const id of c.ended) expect(provinces.get(id)!.dissolved?.edtf).toBe(when);
      for (const id of c.began) expect(provinces.get(id)!.established?.edtf).toBe(when);
    }
    // Several generations: mergers, splits and re-establishments all occur.
    expect([...kinds]).toEqual(expect.arrayContaining(['merge', 'split', 're-establish', 'rename']));
    const precisions = new Set(dataset.changes.map((c) => c.date.precision));
    expect([...precisions].sort()).toEqual(['DAY', 'MONTH', 'YEAR']);
  });

  it(`has about ${NODES_PER_UNIT} graph nodes per unit, the same for the same seed`, () => {
    const nodes = toGraphRows(dataset).nodes.reduce((sum, batch) => sum + batch.rows.length, 0);
    expect(nodes).toBeGreaterThan(UNITS * NODES_PER_UNIT * 0.9);
    expect(nodes).toBeLessThan(UNITS * NODES_PER_UNIT * 1.15);
    expect(generateSeedRecords({ units: UNITS, seed: 7 })).toEqual(records);
    expect(generateSeedRecords({ units: UNITS, seed: 8 })).not.toEqual(records);
  });

  it('grows by regions: a larger history keeps the smaller one’s complete regions as they are', () => {
    const larger = generateSeedRecords({ units: UNITS * 2, seed: 7 });
    const inFirstRegion = (r: { id: string }) => r.id.startsWith('syn-0-');
    expect(larger.provinces.filter(inFirstRegion)).toEqual(records.provinces.filter(inFirstRegion));
  });
});

type HistoricalDateLike = { earliest: string; latest: string } | null | undefined;
