import { h } from '../dom.js';
import type { TimelineEntryPartsFragment } from '../generated/operations.js';
import { dateText, label, t } from '../i18n.js';
import { csvButton } from '../csv.js';
import { sourcesList } from './sourcesList.js';
import { timelineChart } from './timelineChart.js';

type Subject = TimelineEntryPartsFragment['subjects'][number];

function subjectLink(subject: Subject): HTMLElement | null {
  switch (subject.__typename) {
    case 'Province':
      return h('a', { href: `/unit/${subject.slug}` }, subject.name);
    case 'Office':
      return h('a', { href: `/office/${subject.slug}` }, subject.name);
    case 'Person':
      return h('a', { href: `/person/${subject.slug}` }, subject.name);
    case 'Event':
      return h('a', { href: `/event/${subject.slug}` }, subject.title);
    default:
      return null;
  }
}

/** A timeline: the picture, then the list of entries (each with its subjects and sources), and CSV. */
export function timelineView(entries: readonly TimelineEntryPartsFragment[], csvName: string): HTMLElement {
  if (entries.length === 0) return h('p', { class: 'empty' }, t('noEntries'));
  return h(
    'div',
    { class: 'timeline' },
    h('p', { class: 'hint' }, t('timelineHint')),
    h('div', { class: 'chart-wrap' }, timelineChart(entries)),
    h(
      'div',
      { class: 'list-tools' },
      csvButton(csvName, ['date', 'edtf', 'earliest', 'latest', 'kind', 'label', 'sources'], () =>
        entries.map((e) => [
          dateText(e.date),
          e.date.edtf,
          e.date.earliest,
          e.date.latest,
          e.kind,
          e.label,
          e.sources.map((s) => s.url ?? s.title).join(' | '),
        ]),
      ),
    ),
    h(
      'ol',
      { class: 'timeline-list' },
      entries.map((entry, index) => {
        const links = entry.subjects.map(subjectLink).filter((l): l is HTMLElement => l !== null);
        return h(
          'li',
          { id: `entry-${index}`, class: `entry kind-${entry.kind.toLowerCase()}` },
          h('span', { class: 'date', 'data-edtf': entry.date.edtf }, dateText(entry.date)),
          h('span', { class: 'badge' }, label(entry.kind)),
          h('span', { class: 'entry-label', lang: 'vi' }, entry.label),
          links.length
            ? h(
                'div',
                { class: 'subjects' },
                links.map((l, i) => [i ? ' · ' : '', l]),
              )
            : null,
          sourcesList(entry.sources),
        );
      }),
    ),
  );
}
