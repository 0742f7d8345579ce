/**
 * The ready queries of docs/browser/queries.cypher by title: each statement's paragraph, titled by
 * its first comment line (the name Neo4j Browser gives it as a Favorite), text as in the file.
 */
export function readyQueries(cypherFile: string): Map<string, string> {
  const queries = new Map<string, string>();
  for (const chunk of cypherFile.split(/;\s*$/m)) {
    const paragraph = chunk
      .trim()
      .split(/\n\s*\n/)
      .at(-1)
      ?.trim();
    if (!paragraph || !paragraph.split('\n').some((line) => line.trim() && !line.trim().startsWith('//'))) continue;
    queries.set(paragraph.split('\n')[0]!.replace(/^\/\/\s*/, ''), paragraph);
  }
  return queries;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const PLACEHOLDER = /<pre class="([^"]*\brunnable\b[^"]*)" data-query="([^"]+)"><\/pre>/g;

/**
 * The Browser guide (docs/browser/guide.html) as served: each `<pre … data-query="Title">` is
 * filled with the ready query whose title starts with "Title", so a query is written once, in
 * queries.cypher, whatever the model becomes; and the default address in links and commands is
 * replaced by the one diachi was reached at. A title that matches no query is listed in
 * `missing` (and shown as such in the guide) rather than silently dropped.
 */
export function renderBrowserGuide(
  template: string,
  queries: ReadonlyMap<string, string>,
  origin: string,
): { html: string; missing: string[] } {
  const missing: string[] = [];
  const html = template
    .replace(PLACEHOLDER, (_match, classes: string, title: string) => {
      const found = [...queries].find(([name]) => name.startsWith(title));
      if (!found) {
        missing.push(title);
        return `<p><strong>Missing ready query: ${escapeHtml(title)}</strong></p>`;
      }
      return `<pre class="${classes}">${escapeHtml(found[1])}</pre>`;
    })
    .replaceAll('http://127.0.0.1:4000', origin);
  return { html, missing };
}
