import { h, type Child } from '../dom.js';
import type { DisputePartsFragment } from '../generated/operations.js';
import { t, type MessageKey } from '../i18n.js';
import { sourcesList } from './sourcesList.js';

/** A definition list of the facts that are known; unknown ones are left out, not shown as blanks. */
export function facts(rows: ReadonlyArray<readonly [MessageKey, Child]>): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false)
      .map(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value)]),
  );
}

/** The values other sources give, each with the sources that give it. */
export function disputesList(disputes: readonly DisputePartsFragment[]): HTMLElement | null {
  if (disputes.length === 0) return null;
  return h(
    'section',
    { class: 'disputes' },
    h('h2', {}, t('disputes')),
    h(
      'ul',
      {},
      disputes.map((d) =>
        h(
          'li',
          {},
          h('strong', {}, d.field),
          ': ',
          h('span', { lang: 'vi' }, d.value),
          d.note ? h('div', { class: 'note' }, d.note) : null,
          sourcesList(d.sources),
        ),
      ),
    ),
  );
}

/** A section with a heading, or a "none" line when it has nothing to show. */
export function section(key: MessageKey, content: Child, isEmpty = false, tools?: Child): HTMLElement {
  return h(
    'section',
    { class: `part part-${key}` },
    h('div', { class: 'section-head' }, h('h2', {}, t(key)), isEmpty ? null : tools),
    isEmpty ? h('p', { class: 'empty' }, t('none')) : content,
  );
}

/** The tabs of a unit: overview, timeline, lineage; each its own URL. */
export function unitTabs(slug: string, active: 'overview' | 'timeline' | 'lineage'): HTMLElement {
  const tab = (key: typeof active, href: string, text: MessageKey) =>
    h('a', { href, class: key === active ? 'tab active' : 'tab', 'aria-current': key === active ? 'page' : null }, t(text));
  return h(
    'nav',
    { class: 'tabs', 'aria-label': 'unit' },
    tab('overview', `/unit/${slug}`, 'overview'),
    tab('timeline', `/unit/${slug}/timeline`, 'timeline'),
    tab('lineage', `/unit/${slug}/lineage`, 'lineage'),
  );
}

/** A NotFound-style error for an id that names nothing. */
export class PageNotFound extends Error {}
