import { afterAll, describe, expect, inject, it } from 'vitest';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';

// The Neo4j Browser guide (docs/browser/guide.html) is served by diachi at /guide/diachi.html for
// `:guide <url>`; Browser fetches it from its own origin, so the response must allow that.

const driver = testDriver();
const db = testDatabase(driver);
afterAll(() => driver.close());

const baseUrl = inject('baseUrl');

function decode(html: string): string {
  return html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

async function guide(): Promise<{ response: Response; html: string }> {
  const response = await fetch(`${baseUrl}/guide/diachi.html`);
  return { response, html: await response.text() };
}

describe('the Neo4j Browser guide', () => {
  it('is served as HTML that Neo4j Browser may fetch from another origin', async () => {
    const { response, html } = await guide();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(html).toContain('<article class="guide">');
    expect(html.match(/<slide /g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('names the address it was fetched from, not a fixed port', async () => {
    const { html } = await guide();
    expect(html).toContain(`:style ${baseUrl}/guide/diachi.grass`);
    expect(html).not.toContain('127.0.0.1:4000');
  });

  it('serves the style sheet that its :style command loads', async () => {
    const response = await fetch(`${baseUrl}/guide/diachi.grass`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('node.Province');
  });

  it('answers 404 for a guide file it does not have', async () => {
    expect((await fetch(`${baseUrl}/guide/other.html`)).status).toBe(404);
  });

  it('has runnable queries that all run on the seeded graph and return rows', async () => {
    const { html } = await guide();
    const queries = [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<pre class="[^"]*runnable[^"]*">([\s\S]*?)<\/pre>/g)]
      .map((m) => decode(m[1]!))
      .filter((q) => !q.startsWith(':'));
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const cypher of queries) {
      const rows = await db.read(cypher);
      expect(rows.length, cypher).toBeGreaterThan(0);
    }
  });
});
