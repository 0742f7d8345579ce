import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectData } from '../helpers/graphql.js';

// docs/data/unit-counts.md lists, for every 1 January 1976–2025, the units that certainly existed on
// each basis (written by `npm run counts` from seeds/) beside the official figures: the table pins
// the graph's counts, and this test checks that the API answers exactly what it says.
const table = readFileSync(path.resolve(import.meta.dirname, '../../docs/data/unit-counts.md'), 'utf8');
const years = [...table.matchAll(/^\| (\d{4}-01-01) \| (\d+) \| (\d+) \|/gm)].map(([, day, legal, operating]) => ({
  day: day!,
  legal: Number(legal),
  operating: Number(operating),
}));

describe('units on every 1 January, 1976–2025, on both bases (docs/data/unit-counts.md)', () => {
  it('lists all fifty years', () => {
    expect(years.map((y) => y.day)).toEqual(Array.from({ length: 50 }, (_, i) => `${1976 + i}-01-01`));
  });

  it('answers each year as the table says', async () => {
    // Seven years (fourteen aliases) per request: the API refuses more than 15 aliases.
    const answers: typeof years = [];
    for (let i = 0; i < years.length; i += 7) {
      const chunk = years.slice(i, i + 7);
      const query = `{ ${chunk
        .map(
          ({ day }, j) =>
            `l${j}: provinces(asOf: "${day}", basis: LEGAL, first: 1) { totalCount } o${j}: provinces(asOf: "${day}", basis: OPERATING, first: 1) { totalCount }`,
        )
        .join(' ')} }`;
      const data = await expectData<Record<string, { totalCount: number }>, never>(query);
      answers.push(...chunk.map(({ day }, j) => ({ day, legal: data[`l${j}`]!.totalCount, operating: data[`o${j}`]!.totalCount })));
    }
    expect(answers).toEqual(years);
  });
});
