import { ApiError, query } from '../api.js';
import { neo4jLink } from '../components/neo4jLink.js';
import { disputesList, facts, section } from '../components/parts.js';
import { sourcesList } from '../components/sourcesList.js';
import { timelineView } from '../components/timelineList.js';
import { csvButton } from '../csv.js';
import { h } from '../dom.js';
import { ExplorerOfficeDocument } from '../generated/operations.js';
import { dateText, label, t } from '../i18n.js';
import type { Page } from '../router.js';

/** An office: its dates, the people who held posts in it over time, its timeline and sources. */
export async function officePage(params: Record<string, string>): Promise<Page> {
  const { office } = await query(ExplorerOfficeDocument, { id: params.slug! });
  if (!office) throw new ApiError(t('notFound'), 'NOT_FOUND');
  const tenures = office.tenures.edges.map((e) => e.node);
  return {
    title: office.name,
    body: h(
      'article',
      { class: 'entity office', 'data-slug': office.slug },
      h('p', { class: 'eyebrow' }, `${t('office')} · ${label(office.kind)}`),
      h('h1', {}, office.name),
      facts([
        ['province', office.province ? h('a', { href: `/unit/${office.province.slug}` }, office.province.name) : office.unresolved],
        ['level', label(office.level)],
        ['established', dateText(office.established)],
        ['dissolved', dateText(office.dissolved)],
        ['traditionDay', office.traditionDay?.label],
        ['confidence', label(office.confidence)],
        ['notes', office.notes],
      ]),
      sourcesList(office.sources),
      disputesList(office.disputes),
      section(
        'holders',
        h(
          'ol',
          { class: 'tenures' },
          tenures.map((tenure) =>
            h(
              'li',
              {},
              h('a', { href: `/person/${tenure.person.slug}` }, tenure.person.name),
              ` — ${tenure.title} `,
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
        tenures.length === 0,
        csvButton(`diachi-${office.slug}-holders.csv`, ['person', 'title', 'start', 'end', 'current', 'attested'], () =>
          tenures.map((x) => [
            x.person.name,
            x.title,
            x.start?.edtf ?? '',
            x.end?.edtf ?? '',
            x.current,
            x.attested.map((a) => a.edtf).join(' '),
          ]),
        ),
      ),
      section('timeline', timelineView(office.timeline, `diachi-${office.slug}-timeline.csv`), office.timeline.length === 0),
      neo4jLink('Office', office.slug),
    ),
  };
}
