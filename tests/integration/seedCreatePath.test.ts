import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { loadGraphRows } from '../../src/seed/loadGraphRows.js';
import { readSeeds } from '../../src/seed/readSeeds.js';
import { toGraphRows, type GraphRows } from '../../src/seed/toGraphRows.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';
import { writeSeedFixture } from '../helpers/seedFixture.js';

// The loader CREATEs the rows whose ids are new and MERGEs the others (src/seed/loadGraphRows.ts).
// Both paths must write the same graph: these tests compare every label, property and
// relationship of a dataset after loads that take one path, the other, or both.

const driver = testDriver();
const db = testDatabase(driver);
const DATASET = 'test-create-path';

afterAll(() => driver.close());

async function removeDataset() {
  await db.write('MATCH (n:Entity {dataset: $dataset}) DETACH DELETE n', { dataset: DATASET });
  await db.write('MATCH (m:SeedLoad {dataset: $dataset}) DELETE m', { dataset: DATASET });
}

/** Every node and relationship of the dataset with all of its labels and properties, sorted. */
async function snapshot() {
  const nodes = await db.read(
    `MATCH (n:Entity {dataset: $dataset})
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
    { dataset: DATASET },
  );
  const relationships = await db.read(
    `MATCH (a:Entity {dataset: $dataset})-[r]->(b:Entity) WHERE r.dataset = $dataset
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
     ORDER BY from, type, to, props.key`,
    { dataset: DATASET },
  );
  const sortLabels = (row: Record<string, unknown>) => ({ ...row, labels: [...(row.labels as string[])].sort() });
  return { nodes: nodes.map(sortLabels), relationships };
}

const fixtureRows = () => toGraphRows(readSeeds(writeSeedFixture()));

/** The rows without one node and its relationships: a graph that lacks a record, then gains it. */
function without(rows: GraphRows, id: string): GraphRows {
  return {
    nodes: rows.nodes.map((batch) => ({ ...batch, rows: batch.rows.filter((row) => row.id !== id) })),
    relationships: rows.relationships.map((batch) => ({
      ...batch,
      rows: batch.rows.filter((row) => row.from !== id && row.to !== id),
    })),
  };
}

describe('the loader', () => {
  it('creates every row of a dataset new to the graph, and a second load (all MERGE) changes nothing', async () => {
    onTestFinished(removeDataset);
    const rows = fixtureRows();
    const first = await loadGraphRows(db, rows, { dataset: DATASET, batchSize: 3 });
    expect(first.createdNodes).toBe(first.nodes);
    expect(first.createdRelationships).toBe(first.relationships);
    const created = await snapshot();
    expect(created.nodes).toHaveLength(first.nodes);
    expect(created.relationships).toHaveLength(first.relationships);

    const second = await loadGraphRows(db, rows, { dataset: DATASET, batchSize: 3 });
    expect(second.createdNodes).toBe(0);
    expect(second.createdRelationships).toBe(0);
    expect(await snapshot()).toEqual(created);
  });

  it('writes the same graph when some rows are new and the others already loaded', async () => {
    onTestFinished(removeDataset);
    const rows = fixtureRows();
    await loadGraphRows(db, rows, { dataset: DATASET });
    const expected = await snapshot();
    await removeDataset();

    await loadGraphRows(db, without(rows, 'gamma'), { dataset: DATASET, batchSize: 2 });
    const mixed = await loadGraphRows(db, rows, { dataset: DATASET, batchSize: 2 });
    expect(mixed.createdNodes).toBe(1);
    expect(mixed.createdRelationships).toBeGreaterThan(0);
    expect(mixed.createdRelationships).toBeLessThan(mixed.relationships);
    const after = await snapshot();
    // Same graph apart from the stamp, which differs only when the rows do (here they are equal).
    expect(after).toEqual(expected);
  });

  it('loads a relationship listed twice once, on the CREATE path as MERGE does', async () => {
    onTestFinished(removeDataset);
    const rows = fixtureRows();
    const [batch] = rows.relationships;
    batch!.rows.push({ ...batch!.rows[0]! });
    const first = await loadGraphRows(db, rows, { dataset: DATASET });
    const created = await snapshot();
    expect(created.relationships).toHaveLength(first.relationships - 1);
    await loadGraphRows(db, rows, { dataset: DATASET });
    expect(await snapshot()).toEqual(created);
  });
});
