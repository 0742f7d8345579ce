import { afterAll, describe, expect, it } from 'vitest';
import { dropUnitCensus, rebuildUnitCensus } from '../../src/seed/rebuildUnitCensus.js';
import { ProvincesAsOfDocument, type Certainty, type ProvinceKind } from '../generated/operations.js';
import { expectData } from '../helpers/graphql.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';

// The provinces page reads its totalCount from the unit census (src/census/) when there is one
// and counts units one by one otherwise. Both must give the same answer on every day.

const driver = testDriver();
const db = testDatabase(driver);
afterAll(async () => {
  await rebuildUnitCensus(db);
  await driver.close();
});

const DAYS = [
  ...Array.from({ length: 2026 - 1945 + 1 }, (_, i) => `${1945 + i}-01-01`),
  '1975-04-30',
  '1976-02-15',
  '1976-07-02',
  '1991-08-12',
  '1991-10-01',
  '1992-05-04',
  '1992-05-05',
  '1996-11-06',
  '1997-01-01',
  '2003-11-26',
  '2004-01-01',
  '2008-08-01',
  '2025-06-12',
  '2025-06-30',
  '2025-07-01',
  '1989-06-30',
  '1989-07-01',
  '1991-12-26',
  '1992-04-01',
];
const QUESTIONS: Array<{ certainty: Certainty; kind?: ProvinceKind; basis?: 'LEGAL' | 'OPERATING' }> = [
  { certainty: 'DEFINITE' },
  { certainty: 'POSSIBLE' },
  { certainty: 'DEFINITE', kind: 'CITY' },
  { certainty: 'POSSIBLE', kind: 'PROVINCE' },
  { certainty: 'DEFINITE', basis: 'OPERATING' },
  { certainty: 'POSSIBLE', basis: 'OPERATING' },
];

/** Every question of every day, four questions per request (as aliases). */
async function totals(): Promise<Record<string, number>> {
  const answers: Record<string, number> = {};
  for (const day of DAYS) {
    const fields = QUESTIONS.map(
      ({ certainty, kind, basis }, i) =>
        `q${i}: provinces(asOf: "${day}", certainty: ${certainty}${kind ? `, kind: ${kind}` : ''}, basis: ${basis ?? 'LEGAL'}, first: 1) { totalCount }`,
    );
    const data = await expectData<Record<string, { totalCount: number }>, never>(`{ ${fields.join(' ')} }`);
    QUESTIONS.forEach(({ certainty, kind, basis }, i) => {
      answers[`${day} ${basis ?? 'LEGAL'} ${certainty} ${kind ?? '*'}`] = data[`q${i}`]!.totalCount;
    });
  }
  return answers;
}

describe('the unit census', () => {
  it('gives the same totals as counting unit by unit, on every day asked', async () => {
    await rebuildUnitCensus(db);
    const fromCensus = await totals();
    await dropUnitCensus(db);
    const counted = await totals();
    expect(fromCensus).toEqual(counted);
    expect(counted['2000-01-01 LEGAL DEFINITE *']).toBe(61);
    expect(counted['2025-07-01 LEGAL DEFINITE *']).toBe(34);
    expect(counted['2025-06-30 LEGAL DEFINITE *']).toBe(34);
    expect(counted['2025-06-30 OPERATING DEFINITE *']).toBe(63);
  });

  it('is what the page reads when it is there', async () => {
    await rebuildUnitCensus(db);
    // Falsify one year of the census: the answer follows it, so the census is really read.
    await db.write(`MATCH (c:UnitCensus {scope: 'LEGAL:DEFINITE:*', year: 1997}) SET c.alive = [x IN c.alive | 1000]`);
    const { provinces } = await expectData(ProvincesAsOfDocument, { asOf: '2000-01-01', first: 1 });
    expect(provinces.totalCount).toBe(1000);
    await rebuildUnitCensus(db);
  });

  it('is ignored once units were added or removed outside a load', async () => {
    await rebuildUnitCensus(db);
    await db.write(
      `CREATE (:Province:Entity {id: 'test-census-extra', kind: 'province', current: true, sortName: 'zzz', legalDefiniteFrom: date('0001-01-01')})`,
    );
    try {
      const { provinces } = await expectData(ProvincesAsOfDocument, { asOf: '2000-01-01', first: 1 });
      expect(provinces.totalCount).toBe(62); // the 61 of the seeds and the extra current one, counted
    } finally {
      await db.write(`MATCH (n:Province {id: 'test-census-extra'}) DETACH DELETE n`);
    }
  });
});
