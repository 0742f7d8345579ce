import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { createLoaders } from '../../src/loaders/createLoaders.js';
import { WHOLE_RECORDS, type RecordFields } from '../../src/model/RecordFields.js';
import { createRepositories } from '../../src/repositories/createRepositories.js';
import { createApolloServer } from '../../src/server.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';

// Statements fetch what the operation reads (src/graphql/recordFieldsOf.ts). Run in process, so
// that each request's Cypher can be seen, and compared with the same request made with whole
// records (what every statement fetched before): the answers must be the same.

const driver = testDriver();
const apollo = createApolloServer({ httpServer: http.createServer(), introspection: false, exposeInternals: false, queryStats: false });
beforeAll(() => apollo.start());
afterAll(async () => {
  await apollo.stop();
  await driver.close();
});

async function run(query: string, options: { whole?: boolean } = {}) {
  const sent: string[] = [];
  const repositories = createRepositories(testDatabase(driver).observed({ onQuery: (cypher) => sent.push(cypher) }));
  let fields: RecordFields = WHOLE_RECORDS;
  // With `whole`, the operation's record fields are ignored: every statement fetches whole records.
  const records = {
    get fields() {
      return fields;
    },
    set fields(value: RecordFields) {
      if (!options.whole) fields = value;
    },
  };
  const contextValue: Context = { loaders: createLoaders(repositories, records), repositories, queries: { count: 0 }, records };
  const response = await apollo.executeOperation({ query }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('Expected a single result.');
  const { data, errors } = response.body.singleResult;
  if (errors) throw new Error(JSON.stringify(errors));
  return { data: data as Record<string, unknown>, sent };
}

describe('statements built from the selection', () => {
  it('leave out the citations subquery when no source is selected, and fetch the sources when one is', async () => {
    const plain = await run('{ provinces(first: 5) { edges { node { slug name } } } }');
    expect(plain.sent).toHaveLength(1);
    expect(plain.sent[0]).not.toContain('ATTESTED_BY');
    expect(plain.sent[0]).not.toContain('.notes');

    const cited = await run('{ provinces(first: 5) { edges { node { slug name sources { slug quote } } } } }');
    expect(cited.sent).toHaveLength(1);
    expect(cited.sent[0]).toContain('ATTESTED_BY');
    expect(cited.data).toEqual(
      (await run('{ provinces(first: 5) { edges { node { slug name sources { slug quote } } } } }', { whole: true })).data,
    );
    const sources = (cited.data as { provinces: { edges: Array<{ node: { sources: unknown[] } }> } }).provinces.edges.flatMap(
      (e) => e.node.sources,
    );
    expect(sources.length).toBeGreaterThan(0);
  });

  it('still follow an office to its province and a tenure to its person, office and province when the query names none of their keys', async () => {
    const query = `{
      person(id: "per-pham-thi-no") { tenures { slug person { slug } office { slug province { slug } } province { slug } } }
      office(id: "off-vpubnd-vinh-long-1992") { province { slug } }
    }`;
    const trimmed = await run(query);
    // Nothing the query does not read: no person's gender, no province's notes.
    expect(trimmed.sent.join('\n')).not.toMatch(/\.gender|'Province', [^}]*\.notes/);
    expect(trimmed.data).toEqual((await run(query, { whole: true })).data);
    expect(trimmed.data).toMatchObject({ office: { province: { slug: 'vinh-long-1992' } } });
  });

  it('serve two selections of one type in one operation from one loader cache, each with what it reads', async () => {
    const query = `{
      a: province(id: "vinh-long-1992") { name }
      b: province(id: "vinh-long-1992") { established { edtf } notes sources { slug } }
    }`;
    const { data, sent } = await run(query);
    // One statement loads the province for both aliases, with the keys of both.
    expect(sent.filter((cypher) => cypher.includes('MATCH (n:Entity) WHERE n.id IN $ids'))).toHaveLength(1);
    expect(data).toEqual((await run(query, { whole: true })).data);
    expect(data).toMatchObject({ a: { name: expect.any(String) }, b: { sources: expect.arrayContaining([expect.any(Object)]) } });
  });

  it.each([
    [
      'the nested page',
      `{ provinces(asOf: "2000-01-01", first: 20) { totalCount edges { node { slug name
        offices(first: 20) { totalCount edges { node { slug tenures(first: 20) { edges { node { slug title person { slug } } } } } } } } } } }`,
    ],
    [
      'offices on a day, by basis',
      '{ province(id: "vinh-long-1992") { offices(asOf: "2000-01-01", basis: OPERATING) { totalCount edges { node { slug } } } } }',
    ],
    [
      'a lineage',
      '{ lineage(provinceId: "vinh-long-2025", direction: BOTH, maxDepth: 5) { provinces { slug } changes { slug ended { id } flows { from { id } to { id } } } links { from { slug } } } }',
    ],
    [
      'a path',
      '{ path(fromId: "cuu-long", toId: "tra-vinh-1992") { nodes { __typename id ... on Province { name } ... on Change { before { slug } } } } }',
    ],
    [
      'a search',
      '{ search(text: "Vinh Long", first: 10) { score node { __typename ... on Province { slug name } ... on Office { slug province { slug } } } } }',
    ],
    [
      'a search of one type',
      '{ search(text: "Vinh Long", types: [PROVINCE], first: 10) { score node { __typename id ... on Province { slug name } } } }',
    ],
    ['a changes page', '{ changes(from: "1991", to: "1992") { edges { node { slug matchedDates before { slug } after { slug } } } } }'],
    ['events', '{ events(first: 10) { edges { node { slug title subjects { id ... on Province { name } } } } } }'],
    [
      'a timeline',
      '{ timeline(subjectId: "vinh-long-1992") { date { edtf } kind label subjects { __typename id } sources { slug quote } } }',
    ],
    [
      'timelines of a page and of a person, beside other fields',
      `{ provinces(first: 3) { edges { node { slug timeline { label subjects { id } } offices { edges { node { name timeline { label } } } } } } }
         person(id: "per-pham-thi-no") { name timeline { label sources { title } } tenures { title province { name } } } }`,
    ],
  ])('answer %s as whole records would', async (_name, query) => {
    const trimmed = await run(query);
    expect(trimmed.data).toEqual((await run(query, { whole: true })).data);
  });
});
