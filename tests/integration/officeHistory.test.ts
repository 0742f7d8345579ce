import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeeds } from '../../src/seed/readSeeds.js';
import { loadGraphRows } from '../../src/seed/loadGraphRows.js';
import { officeCoverage } from '../../src/seed/officeCoverage.js';
import { rebuildUnitCensus } from '../../src/seed/rebuildUnitCensus.js';
import { toGraphRows } from '../../src/seed/toGraphRows.js';
import {
  AboutOfficeCoverageDocument,
  OfficeFateDocument,
  OfficeHoldersDocument,
  OfficeLineageDocument,
  OfficesOnDayDocument,
} from '../generated/operations.js';
import { expectData, expectErrorCodes } from '../helpers/graphql.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';
import { OFFICE_COUNTRY } from '../helpers/officeCountry.js';
import { VALID_SEEDS, writeSeedFixture } from '../helpers/seedFixture.js';

// Issue 12's questions, asked of the real seeds over real HTTP: the offices of a unit on a day,
// who headed an office on a day, what became of an office, its lineage, and the coverage figures.
// The sample facts come from seeds/tenures/{north,central,south}.yaml, each citing a dated source.

// Read once, before any request: parsing the seeds takes seconds, and a pause that long between
// two requests can meet the server closing its idle keep-alive socket (Node's 5 s default).
const seeds = readSeeds();

const officesOn = async (provinceId: string, asOf: string, basis: 'LEGAL' | 'OPERATING' = 'LEGAL') => {
  const { province } = await expectData(OfficesOnDayDocument, { provinceId, asOf, basis });
  return province!.offices.edges.map((e) => e.node.slug).sort();
};
const holdersOf = async (id: string, on: string, certainty?: 'DEFINITE' | 'POSSIBLE') => {
  const { office } = await expectData(OfficeHoldersDocument, { id, on, ...(certainty ? { certainty } : {}) });
  return office!.holders;
};

describe('the offices of a unit on a day (Province.offices(asOf:))', () => {
  it('gives Quảng Nam its separate council offices in 2020 and the combined one from 1 July 2021 (its party office, attested by session 4, throughout)', async () => {
    expect(await officesOn('quang-nam-1997', '2020-01-01')).toEqual([
      'off-vpdbqh-quang-nam-1997',
      'off-vphdnd-quang-nam-1997',
      'off-vptu-quang-nam-1997',
      'off-vpubnd-quang-nam-1997',
    ]);
    expect(await officesOn('quang-nam-1997', '2021-07-01')).toEqual([
      'off-vpdbqh-hdnd-quang-nam-1997',
      'off-vptu-quang-nam-1997',
      'off-vpubnd-quang-nam-1997',
    ]);
  });

  // The decision was announced on 12/3/2019 and its own date is unknown (chg-2019-03-12-hcm-vpdbqh-hdnd,
  // date "2019-03-12?"), so the merger is certain on that day in operation, and only possible legally.
  it('merges the council offices of Thành phố Hồ Chí Minh on 12 March 2019, not the day before', async () => {
    expect(await officesOn('tp-ho-chi-minh', '2019-03-11', 'OPERATING')).toEqual([
      'off-vpdbqh-tp-ho-chi-minh',
      'off-vphdnd-tp-ho-chi-minh',
      'off-vptu-tp-ho-chi-minh',
      'off-vpubnd-tp-ho-chi-minh',
    ]);
    expect(await officesOn('tp-ho-chi-minh', '2019-03-12', 'OPERATING')).toEqual([
      'off-vpdbqh-hdnd-tp-ho-chi-minh',
      'off-vptu-tp-ho-chi-minh',
      'off-vpubnd-tp-ho-chi-minh',
    ]);
  });
});

describe('who headed an office on a day (Office.holders)', () => {
  it('names the head of the Quảng Ninh party office in 2012 for certain (north: 2011 to 2013?)', async () => {
    const holders = await holdersOf('off-vptu-quang-ninh', '2012-06-01');
    expect(holders.map((h) => [h.tenure.person.name, h.role, h.certainty])).toEqual([['Nguyễn Xuân Ký', 'HEAD', 'DEFINITE']]);
    expect(holders[0]!.tenure.sources[0]).toMatchObject({ slug: 'S-plo-qn-nxk-2020' });
    expect(await holdersOf('off-vptu-quang-ninh', '2014-06-01', 'POSSIBLE')).toEqual([]);
  });

  it('names the head of the Quảng Nam council office in 2023 (central: from 1 Sep 2021)', async () => {
    const holders = await holdersOf('off-vpdbqh-hdnd-quang-nam-1997', '2023-01-01');
    expect(holders.map((h) => [h.tenure.slug, h.tenure.start?.edtf, h.tenure.end?.edtf])).toEqual([
      ['pos-trinh-minh-duc-cvp-dbqh-hdnd-quang-nam', '2021-09-01', '2025-02-20?'],
    ]);
  });

  it('finds Đồng Văn Thanh deputy head in Hậu Giang in 2009, and only possibly head in 2012, his end not recorded (south)', async () => {
    expect((await holdersOf('off-vptu-hau-giang-2004', '2009-01-01')).map((h) => [h.tenure.slug, h.role, h.certainty])).toEqual([
      ['pos-dong-van-thanh-pcvp-tu-hau-giang', 'DEPUTY', 'DEFINITE'],
    ]);
    expect(await holdersOf('off-vptu-hau-giang-2004', '2012-01-01')).toEqual([]);
    expect((await holdersOf('off-vptu-hau-giang-2004', '2012-01-01', 'POSSIBLE')).map((h) => [h.tenure.slug, h.role, h.certainty])).toEqual(
      [['pos-dong-van-thanh-cvp-tu-hau-giang', 'HEAD', 'POSSIBLE']],
    );
  });

  it('puts the head before the deputies of the Hồ Chí Minh council office in 2020', async () => {
    const holders = await holdersOf('off-vpdbqh-hdnd-tp-ho-chi-minh', '2020-01-01', 'POSSIBLE');
    expect(holders.map((h) => h.role)).toEqual(['HEAD', 'DEPUTY', 'DEPUTY', 'DEPUTY']);
    expect(holders[0]!.tenure.person.name).toBe('Trần Tuấn Ngọc');
  });

  it('rules out the days before an office existed', async () => {
    expect(await holdersOf('off-vpdbqh-hdnd-tp-ho-chi-minh', '2018-01-01', 'POSSIBLE')).toEqual([]);
  });
});

describe('holders: the API and the Browser query agree (one rule, src/dates/tenureOn.ts)', () => {
  const driver = testDriver();
  const db = testDatabase(driver);
  afterAll(() => driver.close());

  // The Browser's query (docs/browser/queries.cypher) reads the spans the loader stored; the API
  // computes them from the dates. On every day where a tenure's dates begin or end, both must
  // give the same holders with the same certainty.
  it('gives the same holders on every day a tenure of the seeds begins, ends or is attested', async () => {
    const pairs = new Map<string, { office: string; day: string }>();
    for (const t of seeds.tenures) {
      if (!t.office) continue;
      const days = [t.start?.earliest, t.start?.latest, t.end?.earliest, t.end?.latest, ...t.attested.map((a) => a.earliest)];
      for (const day of days) if (day) pairs.set(`${t.office}|${day}`, { office: t.office, day });
    }
    expect(pairs.size).toBeGreaterThan(50);
    for (const { office, day } of pairs.values()) {
      const api = (await holdersOf(office, day, 'POSSIBLE')).map((h) => `${h.tenure.slug}:${h.certainty}`).sort();
      const rows = await db.read<{ id: string; certainty: string }>(
        `WITH date($day) AS day
         MATCH (t:Tenure)-[:AT]->(o:Office {id: $office})
         WHERE (o.legalPossibleFrom IS NULL OR o.legalPossibleFrom <= day) AND (o.legalPossibleUntil IS NULL OR day < o.legalPossibleUntil)
         WITH t, CASE WHEN (t.definiteFrom <= day AND (t.definiteUntil IS NULL OR day < t.definiteUntil)) OR toString(day) IN t.attestedDays THEN 'DEFINITE'
                      WHEN t.possibleFrom <= day AND (t.possibleUntil IS NULL OR day < t.possibleUntil) THEN 'POSSIBLE' END AS certainty
         WHERE certainty IS NOT NULL
         RETURN t.id AS id, certainty`,
        { office, day },
      );
      expect(api, `${office} on ${day}`).toEqual(rows.map((r) => `${r.id}:${r.certainty}`).sort());
    }
  });
});

describe('what became of an office, and its lineage (on a small country of its own)', () => {
  const driver = testDriver();
  const db = testDatabase(driver);
  const DATASET = 'test-office-country';

  beforeAll(async () => {
    const rows = toGraphRows(readSeeds(writeSeedFixture({ ...OFFICE_COUNTRY, sources: VALID_SEEDS.sources })));
    await loadGraphRows(db, rows, { dataset: DATASET });
  });
  afterAll(async () => {
    await db.write('MATCH (n:Entity {dataset: $dataset}) DETACH DELETE n', { dataset: DATASET });
    await db.write('MATCH (m:SeedLoad {dataset: $dataset}) DELETE m', { dataset: DATASET });
    await rebuildUnitCensus(db);
    await driver.close();
  });

  it('says what an office became: the flow out, the office it went to and the change with its dates', async () => {
    const { office } = await expectData(OfficeFateDocument, { id: 'off-a-ubnd' });
    expect(office).toEqual({
      slug: 'off-a-ubnd',
      dissolved: { edtf: '2025-07-01' },
      flowsOut: [
        {
          extent: 'WHOLE',
          to: { slug: 'off-ab-ubnd', name: 'Văn phòng UBND tỉnh New AB', province: { slug: 'new-ab' } },
          change: { slug: 'chg-2025-ab-ubnd', kind: 'MERGE', date: { edtf: '2025-06' }, effectiveDate: { edtf: '2025-07-01' } },
        },
      ],
    });
  });

  it('walks an office lineage forward one change per step, as deep as asked', async () => {
    const walk = async (maxDepth: number) =>
      (await expectData(OfficeLineageDocument, { id: 'off-a-hdnd', direction: 'SUCCESSORS', maxDepth })).office!.lineage;
    expect((await walk(1)).offices.map((o) => o.slug)).toEqual(['off-a-hdnd', 'off-a-council']);
    const full = await walk(5);
    expect(full.root.slug).toBe('off-a-hdnd');
    expect(full.changes.map((c) => c.slug)).toEqual(['chg-2021-a-council', 'chg-2025-ab-council']);
    expect(full.links.map((l) => [l.from, l.to, l.change.slug])).toEqual([
      [{ slug: 'off-a-hdnd' }, { slug: 'off-a-council' }, 'chg-2021-a-council'],
      [{ slug: 'off-a-council' }, { slug: 'off-ab-council' }, 'chg-2025-ab-council'],
    ]);
  });

  it('walks back from the merged office to its predecessors, and both ways', async () => {
    const back = (await expectData(OfficeLineageDocument, { id: 'off-ab-council', direction: 'PREDECESSORS' })).office!.lineage;
    expect(back.offices.map((o) => o.slug).sort()).toEqual(['off-a-council', 'off-a-hdnd', 'off-ab-council']);
    const both = (await expectData(OfficeLineageDocument, { id: 'off-a-council', direction: 'BOTH' })).office!.lineage;
    expect(both.changes.map((c) => c.slug)).toEqual(['chg-2021-a-council', 'chg-2025-ab-council']);
  });

  it('rejects a lineage depth out of range with BAD_USER_INPUT', async () => {
    expect(await expectErrorCodes(OfficeLineageDocument, { id: 'off-a-hdnd', maxDepth: 11 })).toEqual(['BAD_USER_INPUT']);
  });
});

describe('about.officeCoverage', () => {
  it('reports the figures the seed load counted, the same as counted from seeds/', async () => {
    const { about } = await expectData(AboutOfficeCoverageDocument, {});
    expect(about.officeCoverage).toEqual(officeCoverage(seeds).totals);
  });
});
