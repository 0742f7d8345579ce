import { ApiError, query } from '../api.js';
import { neo4jLink } from '../components/neo4jLink.js';
import { disputesList, facts } from '../components/parts.js';
import { sourcesList } from '../components/sourcesList.js';
import { h } from '../dom.js';
import { ExplorerEventDocument } from '../generated/operations.js';
import { dateText, label, t } from '../i18n.js';
import type { Page } from '../router.js';

/** An event found by search: its date, what it is about, and its sources. */
export async function eventPage(params: Record<string, string>): Promise<Page> {
  const { event } = await query(ExplorerEventDocument, { id: params.slug! });
  if (!event) throw new ApiError(t('notFound'), 'NOT_FOUND');
  const subjects = event.subjects.map((s) => {
    switch (s.__typename) {
      case 'Province':
        return h('a', { href: `/unit/${s.slug}` }, s.name);
      case 'Office':
        return h('a', { href: `/office/${s.slug}` }, s.name);
      case 'Person':
        return h('a', { href: `/person/${s.slug}` }, s.name);
      case 'Change':
        return h('span', {}, label(s.kind));
      default:
        return null;
    }
  });
  return {
    title: event.title,
    body: h(
      'article',
      { class: 'entity event', 'data-slug': event.slug },
      h('p', { class: 'eyebrow' }, t('event')),
      h('h1', {}, event.title),
      facts([
        ['date', dateText(event.date)],
        [
          'subjects',
          h(
            'span',
            {},
            subjects.map((s, i) => [i ? ' · ' : '', s]),
          ),
        ],
        ['confidence', label(event.confidence)],
        ['notes', event.notes],
      ]),
      sourcesList(event.sources),
      disputesList(event.disputes),
      neo4jLink('Event', event.slug),
    ),
  };
}
