import { query } from '../api.js';
import { empty, errorState, loading } from '../components/state.js';
import { h } from '../dom.js';
import { ExplorerSearchDocument, type ExplorerSearchQuery } from '../generated/operations.js';
import { dateText, label, spanText, t } from '../i18n.js';
import { csvButton } from '../csv.js';
import type { Page } from '../router.js';

type Hit = ExplorerSearchQuery['search'][number]['node'];

interface Row {
  readonly type: string;
  readonly href: string;
  readonly name: string;
  readonly detail: string;
  readonly dates: string;
}

function toRow(node: Hit): Row | null {
  switch (node.__typename) {
    case 'Province':
      return {
        type: 'Province',
        href: `/unit/${node.slug}`,
        name: node.name,
        detail: [label(node.kind), node.otherNames.join(', ')].filter(Boolean).join(' · '),
        dates: spanText(node.established, node.dissolved, node.current),
      };
    case 'Office':
      return {
        type: 'Office',
        href: `/office/${node.slug}`,
        name: node.name,
        detail: node.province?.name ?? '',
        dates: node.established || node.dissolved ? `${dateText(node.established) || '?'} – ${dateText(node.dissolved)}` : '',
      };
    case 'Person':
      return {
        type: 'Person',
        href: `/person/${node.slug}`,
        name: node.name,
        detail: node.tenures.map((tenure) => tenure.title).join('; '),
        dates: node.tenures
          .map((tenure) => (tenure.start || tenure.end ? `${dateText(tenure.start) || '?'} – ${dateText(tenure.end)}` : ''))
          .filter(Boolean)
          .join('; '),
      };
    case 'Event':
      return { type: 'Event', href: `/event/${node.slug}`, name: node.title, detail: '', dates: dateText(node.date) };
    default:
      return null;
  }
}

/** Search as you type: the API's full-text search ignores case and diacritics (`vinh long`). */
export async function searchPage(_params: Record<string, string>, search: URLSearchParams): Promise<Page> {
  const initial = search.get('q') ?? '';
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    name: 'q',
    value: initial,
    placeholder: t('searchPlaceholder'),
    autocomplete: 'off',
    'aria-describedby': 'search-hint',
  }) as HTMLInputElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;

  const run = async (text: string) => {
    const mine = ++sequence;
    if (text.trim().length < 2) {
      results.replaceChildren();
      return;
    }
    results.replaceChildren(loading());
    try {
      const data = await query(ExplorerSearchDocument, { text: text.trim() });
      if (mine !== sequence) return;
      const rows = data.search.map((hit) => toRow(hit.node)).filter((row): row is Row => row !== null);
      if (rows.length === 0) {
        results.replaceChildren(empty(t('noResults')));
        return;
      }
      results.replaceChildren(
        h(
          'div',
          { class: 'list-tools' },
          csvButton('diachi-search.csv', ['type', 'name', 'dates', 'detail', 'url'], () =>
            rows.map((r) => [r.type, r.name, r.dates, r.detail, location.origin + r.href]),
          ),
        ),
        h(
          'ul',
          { class: 'hits' },
          rows.map((row) =>
            h(
              'li',
              { class: `hit hit-${row.type.toLowerCase()}` },
              h('span', { class: 'badge' }, label(row.type)),
              h('a', { href: row.href }, row.name),
              row.dates ? h('span', { class: 'dates' }, row.dates) : null,
              row.detail ? h('div', { class: 'detail' }, row.detail) : null,
            ),
          ),
        ),
      );
    } catch (error) {
      if (mine === sequence) results.replaceChildren(errorState(error, () => void run(input.value)));
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value;
      history.replaceState(null, '', q ? `/?q=${encodeURIComponent(q)}` : '/');
      void run(q);
    }, 200);
  });
  if (initial) void run(initial);
  queueMicrotask(() => input.focus());

  return {
    title: t('search'),
    body: h(
      'section',
      { class: 'search' },
      h('h1', {}, t('appName')),
      h('label', { for: 'search-input', class: 'visually-hidden' }, t('search')),
      input,
      h('p', { id: 'search-hint', class: 'hint' }, t('searchHint')),
      results,
    ),
  };
}
