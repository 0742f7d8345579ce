import { ApiError, query } from '../api.js';
import { neo4jLink } from '../components/neo4jLink.js';
import { disputesList, facts, section } from '../components/parts.js';
import { sourcesList } from '../components/sourcesList.js';
import { timelineView } from '../components/timelineList.js';
import { csvButton } from '../csv.js';
import { h } from '../dom.js';
import { ExplorerPersonDocument } from '../generated/operations.js';
import { dateText, label, t } from '../i18n.js';
import type { Page } from '../router.js';

/** A person: the posts they held over time, with sources. */
export async function personPage(params: Record<string, string>): Promise<Page> {
  const { person } = await query(ExplorerPersonDocument, { id: params.slug! });
  if (!person) throw new ApiError(t('notFound'), 'NOT_FOUND');
  return {
    title: person.name,
    body: h(
      'article',
      { class: 'entity person', 'data-slug': person.slug },
      h('p', { class: 'eyebrow' }, t('person')),
      h('h1', {}, person.name),
      facts([
        ['gender', person.gender ? label(person.gender) : null],
        ['confidence', label(person.confidence)],
        ['notes', person.notes],
      ]),
      sourcesList(person.sources),
      disputesList(person.disputes),
      section(
        'posts',
        h(
          'ol',
          { class: 'tenures' },
          person.tenures.map((tenure) =>
            h(
              'li',
              {},
              h('strong', {}, tenure.title),
              tenure.office
                ? [' — ', h('a', { href: `/office/${tenure.office.slug}` }, tenure.office.name)]
                : tenure.province
                  ? [' — ', h('a', { href: `/unit/${tenure.province.slug}` }, tenure.province.name)]
                  : null,
              ' ',
              h(
                'span',
                { class: 'dates' },
                `${dateText(tenure.start) || '?'} – ${tenure.current ? t('stillInPost') : dateText(tenure.end) || '?'}`,
              ),
              tenure.attested.length
                ? h('div', { class: 'attested' }, `${t('attested')}: ${tenure.attested.map(dateText).join(', ')}`)
                : null,
              sourcesList(tenure.sources),
            ),
          ),
        ),
        person.tenures.length === 0,
        csvButton(`diachi-${person.slug}-posts.csv`, ['title', 'office', 'province', 'start', 'end', 'current'], () =>
          person.tenures.map((x) => [
            x.title,
            x.office?.name ?? '',
            x.province?.name ?? '',
            x.start?.edtf ?? '',
            x.end?.edtf ?? '',
            x.current,
          ]),
        ),
      ),
      section('timeline', timelineView(person.timeline, `diachi-${person.slug}-timeline.csv`), person.timeline.length === 0),
      neo4jLink('Person', person.slug),
    ),
  };
}
