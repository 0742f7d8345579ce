import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Database } from '../../src/db/Database.js';
import { loadGraphRows } from '../../src/seed/loadGraphRows.js';
import { readSeeds } from '../../src/seed/readSeeds.js';
import { seedGraph } from '../../src/seed/seedGraph.js';
import { execute } from '../helpers/graphql.js';
import { toGraphRows } from '../../src/seed/toGraphRows.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';
import { writeSeedFixture } from '../helpers/seedFixture.js';

const driver = testDriver();
const db = testDatabase(driver);
const FIXTURE_DATASET = 'test-interrupted-load';

afterAll(() => driver.close());

async function removeFixture() {
  await db.write('MATCH (n:Entity {dataset: $dataset}) DETACH DELETE n', { dataset: FIXTURE_DATASET });
  await db.write('MATCH (m:SeedLoad {dataset: $dataset}) DELETE m', { dataset: FIXTURE_DATASET });
}

/** Nodes per label and relationships per type, of one dataset: what "identical counts" compares. */
async function countsOf(database: Database, dataset: string) {
  const nodes = await database.read<{ label: string; count: number }>(
    `MATCH (n:Entity {dataset: $dataset}) UNWIND labels(n) AS label
     RETURN label, count(*) AS count ORDER BY label`,
    { dataset },
  );
  const relationships = await database.read<{ type: string; count: number }>(
    `MATCH (:Entity {dataset: $dataset})-[r]->(:Entity) WHERE r.dataset = $dataset
     RETURN type(r) AS type, count(*) AS count ORDER BY type`,
    { dataset },
  );
  return { nodes, relationships };
}

describe('npm run seed', () => {
  it('leaves identical node and relationship counts when run a second time', async () => {
    const before = await countsOf(db, 'seeds');
    expect(before.nodes.find((n) => n.label === 'Province')?.count).toBe(158);
    const report = await seedGraph(db);
    expect(await countsOf(db, 'seeds')).toEqual(before);
    const total = (rows: Array<{ count: number }>) => rows.reduce((sum, row) => sum + row.count, 0);
    expect(report.relationships).toBe(total(before.relationships));
  });

  it('serves the graph the moment a reload completes, not a readiness poll later', async () => {
    // The server polls the load mark every 2 s; a request right after the load must not be told
    // the graph is still incomplete (seen in CI when the next test file queried at once).
    await seedGraph(db);
    const result = await execute('{ provinces(asOf: "2000-01-01", first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });

  it('completes a load that was killed midway when run again, duplicating nothing', async () => {
    // The fixture shares the graph with the seeds for a moment: it is removed whatever happens.
    onTestFinished(removeFixture);
    const rows = toGraphRows(readSeeds(writeSeedFixture()));
    const interrupted = loadGraphRows(db, rows, {
      dataset: FIXTURE_DATASET,
      batchSize: 2,
      onBatch: ({ batches }) => {
        if (batches === 4) throw new Error('simulated crash after 4 batches');
      },
    });
    await expect(interrupted).rejects.toThrow('simulated crash');
    const partial = await countsOf(db, FIXTURE_DATASET);
    const partialNodes = partial.nodes.reduce((sum, n) => sum + n.count, 0);
    expect(partialNodes).toBeGreaterThan(0);

    const report = await loadGraphRows(db, rows, { dataset: FIXTURE_DATASET, batchSize: 2 });
    const complete = await countsOf(db, FIXTURE_DATASET);
    expect(complete.nodes.filter((n) => n.label !== 'Entity')).toEqual([
      { label: 'Change', count: 1 },
      { label: 'Event', count: 1 },
      { label: 'Office', count: 1 },
      { label: 'Person', count: 1 },
      { label: 'Province', count: 3 },
      { label: 'Source', count: 2 },
      { label: 'Tenure', count: 1 },
    ]);
    expect(complete.relationships.reduce((sum, r) => sum + r.count, 0)).toBe(report.relationships);
    expect(partialNodes).toBeLessThan(complete.nodes.reduce((sum, n) => sum + n.count, 0));
  });
});

describe('the seeded graph', () => {
  it("knows Cửu Long's predecessors and the date of the merger", async () => {
    const rows = await db.read(
      `MATCH (p:Province)-[:CHANGED_IN]->(c:Change)-[:RESULTED_IN]->(:Province {id: 'cuu-long'})
       RETURN p.id AS id, p.name AS name, c.kind AS kind, c.date AS date ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'tra-vinh-pre1976', name: 'Trà Vinh', kind: 'merge', date: '1976-02' },
      { id: 'vinh-long-pre1976', name: 'Vĩnh Long', kind: 'merge', date: '1976-02' },
    ]);
  });

  it('knows that Vĩnh Long was re-established by the act of 26 Dec 1991, in operation from 5 May 1992, out of Cửu Long', async () => {
    const rows = await db.read(
      `MATCH (:Province {id: 'cuu-long'})-[:FLOWED {extent: 'part'}]->(p:Province {name: 'Vĩnh Long'})
       MATCH (:Province {id: 'cuu-long'})-[:CHANGED_IN {ended: true}]->(c:Change)-[:RESULTED_IN {created: true}]->(p)
       RETURN p.id AS id, p.established AS established, p.operatingEstablished AS operating, p.establishedPrecision AS precision, c.kind AS kind`,
    );
    expect(rows).toEqual([
      { id: 'vinh-long-1992', established: '1991-12-26', operating: '1992-05-05', precision: 'DAY', kind: 're-establish' },
    ]);
  });

  it.each([
    ['1976-03-01', 38],
    ['2000-01-01', 61],
    ['2010-01-01', 63],
    ['2025-07-01', 34],
  ])('counts the provincial-level units that certainly existed on %s: %i', async (day, expected) => {
    const [row] = await db.read<{ count: number }>(
      `MATCH (p:Province)
       WHERE p.legalDefiniteFrom <= date($day) AND (p.legalDefiniteUntil IS NULL OR p.legalDefiniteUntil > date($day))
       RETURN count(p) AS count`,
      { day },
    );
    expect(row?.count).toBe(expected);
  });

  it('cites at least one source for every node', async () => {
    const rows = await db.read<{ id: string }>(
      `MATCH (n:Entity {dataset: 'seeds'}) WHERE NOT n:Source AND NOT (n)-[:ATTESTED_BY]->(:Source)
       RETURN n.id AS id LIMIT 5`,
    );
    expect(rows).toEqual([]);
  });

  it('keeps the offices of articles that never name their province unresolved', async () => {
    const rows = await db.read<{ id: string; unresolved: string }>(
      `MATCH (o:Office)-[:ATTESTED_BY]->(:Source {id: 'A002'})
       WHERE NOT (o)-[:OFFICE_OF]->() RETURN o.id AS id, o.unresolved AS unresolved`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.unresolved).toBeTruthy();
  });

  it('finds names typed without diacritics through the full-text index', async () => {
    const rows = await db.read<{ id: string }>(
      `CALL db.index.fulltext.queryNodes('entity_search_v2', $text) YIELD node
       WHERE node:Province RETURN node.id AS id LIMIT 10`,
      { text: 'Vinh Long' },
    );
    expect(rows.map((r) => r.id)).toContain('vinh-long-1992');
  });
});
