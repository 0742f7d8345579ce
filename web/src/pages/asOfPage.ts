import { query } from '../api.js';
import { yearOf } from '../components/timeAxis.js';
import { wavesChart } from '../components/wavesChart.js';
import { csvButton } from '../csv.js';
import { h } from '../dom.js';
import {
  ExplorerAsOfDocument,
  ExplorerChangesDocument,
  type ExplorerAsOfQuery,
  type ExplorerChangesQuery,
} from '../generated/operations.js';
import { dateText, label, spanText, t } from '../i18n.js';
import type { Page } from '../router.js';

type Unit = ExplorerAsOfQuery['provinces']['edges'][number]['node'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_DAY = '1976-07-02';

/** Which dates decide existence: the legal ones (the API's default) or the operating ones. */
const BASES = ['LEGAL', 'OPERATING'] as const;
type Basis = (typeof BASES)[number];

async function unitsOn(day: string, basis: Basis): Promise<{ total: number; units: Unit[] }> {
  const units: Unit[] = [];
  let after: string | null = null;
  let total: number;
  do {
    const data: ExplorerAsOfQuery = await query(ExplorerAsOfDocument, { asOf: day, after, basis });
    total = data.provinces.totalCount;
    units.push(...data.provinces.edges.map((e) => e.node));
    after = data.provinces.pageInfo.hasNextPage ? (data.provinces.pageInfo.endCursor ?? null) : null;
  } while (after);
  return { total, units };
}

/** Every change's year of effect (its effective date, else the date of its act), counted per year. */
async function changesPerYear(): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  let after: string | null = null;
  do {
    const data: ExplorerChangesQuery = await query(ExplorerChangesDocument, { after });
    for (const { node } of data.changes.edges) {
      const year = Math.floor(yearOf((node.effectiveDate ?? node.date).earliest));
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
    after = data.changes.pageInfo.hasNextPage ? (data.changes.pageInfo.endCursor ?? null) : null;
  } while (after);
  return counts;
}

/** The units that existed on a chosen day, and the country's waves of change over time. */
export async function asOfPage(_params: Record<string, string>, search: URLSearchParams): Promise<Page> {
  const asked = search.get('date') ?? DEFAULT_DAY;
  const day = DAY.test(asked) ? asked : DEFAULT_DAY;
  const askedBasis = search.get('basis')?.toUpperCase();
  const basis: Basis = BASES.find((b) => b === askedBasis) ?? 'LEGAL';
  const [{ total, units }, waves] = await Promise.all([unitsOn(day, basis), changesPerYear()]);
  // The two bases differ on contested days: on 2025-06-20 the 2025 reform was in force (34 units
  // legally) while the 63 earlier units still operated (schema: enum Basis).
  const basisSelect = h(
    'select',
    { id: 'as-of-basis', name: 'basis' },
    BASES.map((b) => h('option', { value: b, selected: b === basis }, t(b === 'LEGAL' ? 'basisLegal' : 'basisOperating'))),
  ) as HTMLSelectElement;

  const input = h('input', {
    type: 'date',
    id: 'as-of-date',
    name: 'date',
    value: day,
    min: '1900-01-01',
    max: '2100-12-31',
    required: true,
  }) as HTMLInputElement;
  const form = h(
    'form',
    {
      class: 'as-of-form',
      action: '/as-of',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!DAY.test(input.value)) {
          input.setCustomValidity(t('invalidDate'));
          input.reportValidity();
          return;
        }
        const link = h('a', { href: `/as-of?date=${input.value}&basis=${basisSelect.value}` });
        document.body.append(link);
        link.click();
        link.remove();
      },
    },
    h('label', { for: 'as-of-date' }, t('day')),
    input,
    h('label', { for: 'as-of-basis' }, t('basis')),
    basisSelect,
    h('button', { type: 'submit' }, t('show')),
  );
  const [y, m, d] = day.split('-');
  const dayLabel = dateText({ label: `ngày ${Number(d)} tháng ${Number(m)} năm ${y}`, edtf: day });

  return {
    title: `${t('asOf')} ${day}`,
    body: h(
      'section',
      { class: 'as-of' },
      h('h1', {}, t('asOf')),
      form,
      h(
        'p',
        { class: 'count' },
        `${t('unitsOn')} ${dayLabel}: `,
        h('strong', { id: 'as-of-count', 'data-count': total }, String(total)),
        ` ${t('units')}`,
      ),
      h(
        'div',
        { class: 'list-tools' },
        csvButton(
          `diachi-units-${day}${basis === 'LEGAL' ? '' : `-${basis.toLowerCase()}`}.csv`,
          ['name', 'kind', 'established', 'dissolved', 'slug'],
          () => units.map((u) => [u.name, u.kind, u.established?.edtf ?? '', u.dissolved?.edtf ?? '', u.slug]),
        ),
      ),
      h(
        'ol',
        { class: 'units' },
        units.map((u) =>
          h(
            'li',
            {},
            h('a', { href: `/unit/${u.slug}` }, u.name),
            h('span', { class: 'dates' }, ` ${label(u.kind)} · ${spanText(u.established, u.dissolved, u.current)}`),
          ),
        ),
      ),
      h('h2', {}, t('waves')),
      h('p', { class: 'hint' }, t('wavesNote')),
      h('div', { class: 'chart-wrap' }, wavesChart(waves)),
    ),
  };
}
