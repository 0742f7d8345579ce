import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readyQueries, renderBrowserGuide } from '../../../src/http/renderBrowserGuide.js';

const BROWSER_DOCS = path.resolve(import.meta.dirname, '../../../docs/browser');
const read = (file: string) => readFileSync(path.join(BROWSER_DOCS, file), 'utf8');

describe('renderBrowserGuide', () => {
  it('fills every query of the real guide from the real queries.cypher', () => {
    const template = read('guide.html');
    const placeholders = template.match(/data-query="/g)?.length ?? 0;
    const { html, missing } = renderBrowserGuide(template, readyQueries(read('queries.cypher')), 'http://127.0.0.1:4000');
    expect(missing).toEqual([]);
    expect(placeholders).toBeGreaterThanOrEqual(10);
    expect(html).not.toContain('data-query=');
    expect(html.match(/<pre class="[^"]*runnable[^"]*">/g)).toHaveLength(placeholders + 2);
  });

  it('escapes the query text and keeps its classes', () => {
    const queries = new Map([
      ['Flows into Hà Nội (as a graph)', '// Flows into Hà Nội (as a graph)\nMATCH (a)<-[:FLOWED]-(b) RETURN a, b'],
    ]);
    const { html } = renderBrowserGuide('<pre class="code runnable" data-query="Flows into Hà Nội"></pre>', queries, 'http://x:1');
    expect(html).toBe('<pre class="code runnable">// Flows into Hà Nội (as a graph)\nMATCH (a)&lt;-[:FLOWED]-(b) RETURN a, b</pre>');
  });

  it('names a title that matches no query instead of dropping it', () => {
    const { html, missing } = renderBrowserGuide('<pre class="runnable" data-query="No such query"></pre>', new Map(), 'http://x:1');
    expect(missing).toEqual(['No such query']);
    expect(html).toBe('<p><strong>Missing ready query: No such query</strong></p>');
  });

  it('replaces the default address with the one diachi was reached at', () => {
    const { html } = renderBrowserGuide(':style http://127.0.0.1:4000/guide/diachi.grass', new Map(), 'http://127.0.0.1:4613');
    expect(html).toBe(':style http://127.0.0.1:4613/guide/diachi.grass');
  });
});
