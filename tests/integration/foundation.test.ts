import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';
import { expectData } from '../helpers/graphql.js';
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

  it('plans every common statement ahead without an error (what a start does in the background)', async () => {
    expect(await warmQueryCache(testDatabase(driver))).toBeGreaterThanOrEqual(20);
  });

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
    expect(Array.isArray(data.about.counts)).toBe(true);
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
