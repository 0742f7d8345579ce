import { afterAll, describe, expect, it } from 'vitest';
import { spanProperty, type Basis, type Certainty } from '../../src/dates/index.js';
import { expectData } from '../helpers/graphql.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';

// The provinces page sends one statement per combination of the filters a request gives
// (src/cypher/pageQueries.ts). Each combination must answer what a plain count over the stored
// spans answers: every unit that matches, counted, and the first page of them by name.

const driver = testDriver();
const db = testDatabase(driver);
afterAll(() => driver.close());

const SEARCH = 'vinh';
const DAYS = [null, '1980-01-01', '2000-01-01', '2025-07-01'] as const;
const KINDS = [null, 'CITY', 'PROVINCE'] as const;
const QUESTIONS: Array<{ certainty: Certainty; basis: Basis }> = [
  { certainty: 'DEFINITE', basis: 'LEGAL' },
  { certainty: 'POSSIBLE', basis: 'LEGAL' },
  { certainty: 'DEFINITE', basis: 'OPERATING' },
];

interface Page {
  totalCount: number;
  edges: Array<{ node: { slug: string } }>;
}

async function page(args: string): Promise<Page> {
  const data = await expectData<{ provinces: Page }, never>(`{ provinces(${args}, first: 100) { totalCount edges { node { slug } } } }`);
  return data.provinces;
}

/** The same question asked plainly: the units whose stored span holds the day, by name. */
async function plain(filter: { ids: string[] | null; day: string | null; kind: string | null; certainty: Certainty; basis: Basis }) {
  const from = spanProperty(filter.basis, filter.certainty, 'From');
  const until = spanProperty(filter.basis, filter.certainty, 'Until');
  const rows = await db.read<{ id: string; named: boolean }>(
    `MATCH (n:Province)
     WHERE ($ids IS NULL OR n.id IN $ids) AND ($kind IS NULL OR n.kind = $kind)
       AND ($day IS NULL OR (n.${from} <= date($day) AND (n.${until} IS NULL OR n.${until} > date($day))))
     RETURN n.id AS id, n.sortName IS NOT NULL AS named ORDER BY n.sortName, n.id`,
    { ids: filter.ids, kind: filter.kind?.toLowerCase() ?? null, day: filter.day },
  );
  // A name search's page lists its units whatever their sort name; the other pages read the
  // sortName index, so a unit without one is counted but not listed (none in the seeds).
  const listed = rows.filter((row) => filter.ids !== null || row.named).map((row) => row.id);
  return { totalCount: rows.length, slugs: listed.slice(0, 100) };
}

describe('the provinces page, for every combination of its filters', () => {
  it('answers what a plain count over the stored spans answers', async () => {
    const found = await page(`search: "${SEARCH}"`);
    expect(found.totalCount).toBeGreaterThan(2);
    const searched = found.edges.map((edge) => edge.node.slug);
    let asked = 0;
    for (const search of [false, true]) {
      for (const day of DAYS) {
        for (const kind of KINDS) {
          for (const { certainty, basis } of QUESTIONS) {
            if (day === null && (certainty !== 'DEFINITE' || basis !== 'LEGAL')) continue; // ignored without a day
            const args = [
              search ? `search: "${SEARCH}"` : null,
              day ? `asOf: "${day}", certainty: ${certainty}, basis: ${basis}` : null,
              kind ? `kind: ${kind}` : null,
            ].filter(Boolean);
            if (args.length === 0) args.push('certainty: DEFINITE');
            const answer = await page(args.join(', '));
            const expected = await plain({ ids: search ? searched : null, day, kind, certainty, basis });
            expect({ args, totalCount: answer.totalCount, slugs: answer.edges.map((edge) => edge.node.slug) }).toEqual({
              args,
              ...expected,
            });
            asked += 1;
          }
        }
      }
    }
    expect(asked).toBe(60);
  });
});
