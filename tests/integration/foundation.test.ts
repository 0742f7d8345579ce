import { afterAll, describe, expect, it } from 'vitest';
import { WHOLE_RECORDS } from '../../src/model/RecordFields.js';
import { inject } from 'vitest';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';
import { expectData } from '../helpers/graphql.js';
import * as entityQueries from '../../src/cypher/entityQueries.js';
import { search, searchIds } from '../../src/cypher/graphQueries.js';
import { changesPage, eventsPage, officesPage, peoplePage, provincesPage } from '../../src/cypher/pageQueries.js';
import { timelineFacts } from '../../src/cypher/timelineQueries.js';
import { parseHistoricalDate } from '../../src/dates/index.js';
import { warmQueryCache } from '../../src/graph/warmQueryCache.js';

const driver = testDriver();
afterAll(() => driver.close());

describe('the local Neo4j', () => {
  it('is a real Neo4j 5.26 Community server answering over Bolt', async () => {
    const rows = await testDatabase(driver).read<{ name: string; versions: string[]; edition: string }>(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    expect(rows[0]?.name).toBe('Neo4j Kernel');
    expect(rows[0]?.edition).toBe('community');
    expect(rows[0]?.versions[0]).toMatch(/^5\.26\./);
  });

  it('plans every loader and page statement ahead without an error (what a start does in the background)', async () => {
    const warmed = new Set<string>();
    await warmQueryCache(testDatabase(driver).observed({ onQuery: (cypher) => warmed.add(cypher) }));
    // Every statement a request may send first, in its default shape: a new loader or page query
    // that the warm-up forgets fails here.
    const day = parseHistoricalDate('2000-01-01');
    const window = { offset: 0, limit: 0 };
    const expected = [
      ...Object.values(entityQueries).map((build) => build(['-'], WHOLE_RECORDS)),
      timelineFacts(['-'], WHOLE_RECORDS),
      provincesPage({ asOf: day, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null }, window, WHOLE_RECORDS),
      provincesPage({ asOf: day, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null }, window, WHOLE_RECORDS, {
        sources: true,
        offices: true,
        tenures: true,
        people: true,
      }),
      officesPage({ asOf: null, basis: 'LEGAL', kind: null, province: null }, window, WHOLE_RECORDS),
      peoplePage({ ids: null }, window, WHOLE_RECORDS),
      changesPage({ from: null, to: null, kinds: null, province: null }, window, WHOLE_RECORDS),
      eventsPage({ from: null, to: null, kinds: null, subject: null }, window, WHOLE_RECORDS),
      search('warm', null, 10, WHOLE_RECORDS),
      searchIds('warm', ['Province'], 1000),
    ];
    expect(expected.filter(({ cypher }) => !warmed.has(cypher)).map(({ cypher }) => cypher.slice(0, 80))).toEqual([]);
    // Planning every statement on a cold server takes tens of seconds on a busy 2-core machine.
  }, 240_000);

  it('refuses a wrong password', async () => {
    const { default: neo4j } = await import('neo4j-driver');
    const intruder = neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(intruder.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await intruder.close();
  });

  it('serves Neo4j Browser over HTTP and advertises its own Bolt port to it', async () => {
    const discovery = (await (await fetch(`${inject('neo4jHttpUrl')}/`)).json()) as { bolt_direct: string };
    expect(discovery.bolt_direct).toBe(inject('boltUri'));
    const browser = await fetch(`${inject('neo4jHttpUrl')}/browser/`);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain('Neo4j Browser');
  });
});

describe('the diachi HTTP server', () => {
  it('answers /health and /ready', async () => {
    const base = inject('baseUrl');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
  });

  it('answers a GraphQL query over HTTP from the graph', async () => {
    const data = await expectData<{ about: { version: string; counts: Array<{ label: string; count: number }> } }, never>(
      '{ about { version counts { label count } } }',
    );
    expect(data.about.version).toMatch(/^\d+\.\d+\.\d+/);
    // The counts are the graph's own: compare with counting the nodes directly.
    const counted = await testDatabase(driver).read<{ label: string; count: number }>(
      'MATCH (n:Province|Office|Source) UNWIND labels(n) AS label WITH label WHERE label <> "Entity" RETURN label, count(*) AS count',
    );
    const countOf = (rows: ReadonlyArray<{ label: string; count: number }>, label: string) =>
      rows.find((row) => row.label === label)?.count;
    for (const label of ['Province', 'Office', 'Source']) {
      expect(countOf(data.about.counts, label), label).toBe(countOf(counted, label));
      expect(countOf(counted, label), label).toBeGreaterThan(0);
    }
  });

  it('serves a GraphiQL page whose scripts all come from this server', async () => {
    const response = await fetch(inject('graphqlUrl'), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/')).toBe(true);
      const asset = await fetch(new URL(source, inject('baseUrl')));
      expect(asset.status, source).toBe(200);
    }
  });
});
