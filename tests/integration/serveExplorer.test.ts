import { describe, expect, inject, it } from 'vitest';
import { EXPLORER_CSP } from '../../src/http/serveExplorer.js';

// How diachi's HTTP server serves the explorer (src/http/serveExplorer.ts), as a browser asks.
const baseUrl = inject('baseUrl');
const asBrowser = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };

describe('serving the explorer', () => {
  it('answers / and deep links with the app page, under a strict same-origin policy', async () => {
    for (const path of ['/', '/unit/cuu-long/timeline', '/as-of?date=2000-01-01']) {
      const response = await fetch(`${baseUrl}${path}`, asBrowser);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy'), path).toBe(EXPLORER_CSP);
      const html = await response.text();
      expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
      // No inline script: every <script> has a src.
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    }
  });

  it('serves the hashed bundle files as immutable', async () => {
    const html = await (await fetch(baseUrl, asBrowser)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await fetch(`${baseUrl}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('keeps 404 for missing files and leaves the API paths alone', async () => {
    expect((await fetch(`${baseUrl}/favicon.ico`, asBrowser)).status).toBe(404);
    expect((await fetch(`${baseUrl}/assets/nothing-here.js`, asBrowser)).status).toBe(404);
    expect((await fetch(`${baseUrl}/health/extra`, asBrowser)).status).toBe(404);
    const health = await fetch(`${baseUrl}/health`, asBrowser);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('does not answer JSON clients with the app page', async () => {
    expect((await fetch(`${baseUrl}/unit/cuu-long`, { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('tells the explorer where the local Neo4j Browser is', async () => {
    const config = (await (await fetch(`${baseUrl}/explorer-config.json`)).json()) as { neo4jBrowserUrl: string | null };
    expect(config.neo4jBrowserUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/browser\/$/);
  });
});
