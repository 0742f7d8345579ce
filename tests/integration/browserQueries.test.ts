import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';

// The ready queries of docs/browser/queries.cypher are what explorers paste into Neo4j Browser:
// each must run on the seeded graph and show something.

const FILE = path.resolve(import.meta.dirname, '../../docs/browser/queries.cypher');
const driver = testDriver();
const db = testDatabase(driver);
afterAll(() => driver.close());

/** Each statement, titled by the first comment line of its paragraph (its name as a Favorite). */
function readyQueries(): Array<{ title: string; cypher: string }> {
  return readFileSync(FILE, 'utf8')
    .split(/;\s*$/m)
    .map((chunk) =>
      chunk
        .trim()
        .split(/\n\s*\n/)
        .at(-1)!,
    )
    .filter((paragraph) => paragraph.split('\n').some((line) => line.trim() && !line.trim().startsWith('//')))
    .map((paragraph) => ({ title: paragraph.split('\n')[0]!.replace(/^\/\/\s*/, ''), cypher: paragraph }));
}

describe('the ready queries for Neo4j Browser', () => {
  const queries = readyQueries();

  it('are all read from the file', () => {
    expect(queries.length).toBeGreaterThanOrEqual(16);
  });

  for (const { title, cypher } of queries) {
    it(`runs and returns rows: ${title}`, async () => {
      const rows = await db.read(cypher);
      expect(rows.length).toBeGreaterThan(0);
    });
  }
});
