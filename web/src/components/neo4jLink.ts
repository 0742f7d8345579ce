import { explorerConfig } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export type EntityLabel = 'Province' | 'Office' | 'Person' | 'Event';

/** The ready Cypher query for one entity: the node and everything one step away. */
export function entityCypher(labelName: EntityLabel, slug: string): string {
  // Slugs are [A-Za-z0-9-] (src/graphql/globalId.ts), so quoting them as a literal is safe.
  return `MATCH (n:${labelName} {id: '${slug}'})-[r]-(m)\nRETURN n, r, m`;
}

/**
 * "Open in Neo4j Browser": a link that opens the local Browser with the query in its editor
 * (Browser's `cmd=edit&arg=` URL parameters), and the query itself to copy when no local Browser
 * is known (diachi connected to someone else's Neo4j).
 */
export function neo4jLink(labelName: EntityLabel, slug: string): HTMLElement {
  const cypher = entityCypher(labelName, slug);
  const box = h('details', { class: 'neo4j' }, h('summary', {}, t('openInBrowser')), h('pre', { class: 'cypher' }, cypher));
  void explorerConfig().then(({ neo4jBrowserUrl }) => {
    if (!neo4jBrowserUrl) return;
    const url = `${neo4jBrowserUrl}?cmd=edit&arg=${encodeURIComponent(cypher)}`;
    box
      .querySelector('summary')!
      .after(h('a', { href: url, target: '_blank', rel: 'noopener', class: 'neo4j-open' }, `${t('openInBrowser')} ↗`));
  });
  return box;
}
