import { ApiError, query } from '../api.js';
import { changeYear, lineageChart, type LineageArrow } from '../components/lineageChart.js';
import { neo4jLink } from '../components/neo4jLink.js';
import { unitTabs } from '../components/parts.js';
import { csvButton } from '../csv.js';
import { h } from '../dom.js';
import { ExplorerLineageDocument } from '../generated/operations.js';
import { dateText, label, t } from '../i18n.js';
import type { Page } from '../router.js';

/** The units before and after this one, as a graph laid out by date, and as a list of arrows. */
export async function lineagePage(params: Record<string, string>): Promise<Page> {
  const data = await query(ExplorerLineageDocument, { id: params.slug! }).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') throw new ApiError(t('notFound'), 'NOT_FOUND');
    throw error;
  });
  const unit = data.province;
  if (!unit) throw new ApiError(t('notFound'), 'NOT_FOUND');
  const { lineage } = data;
  const arrows: readonly LineageArrow[] = lineage.links;
  // Two identities may share a name (Vĩnh Long before 1976, from 1992, from 2025): the list adds
  // their years where it would otherwise be ambiguous.
  const nameCount = new Map<string, number>();
  for (const p of lineage.provinces) nameCount.set(p.name, (nameCount.get(p.name) ?? 0) + 1);
  const year = (d: { edtf: string } | null | undefined) => d?.edtf.slice(0, 4) ?? '';
  const names = new Map(
    lineage.provinces.map((p) => [
      p.slug,
      nameCount.get(p.name)! > 1
        ? `${p.name} (${year(p.established) || '…'}–${year(p.dissolved) || (p.current ? t('today') : '?')})`
        : p.name,
    ]),
  );
  const moves = [...arrows].filter((a) => a.from.slug !== a.to.slug).sort((a, b) => changeYear(a.change) - changeYear(b.change));
  return {
    title: `${unit.name} · ${t('lineage')}`,
    body: h(
      'article',
      { class: 'entity unit-lineage' },
      h('h1', {}, unit.name),
      unitTabs(unit.slug, 'lineage'),
      lineage.links.length === 0
        ? h('p', { class: 'empty' }, t('noLineage'))
        : [
            h('p', { class: 'hint' }, t('lineageHint'), arrows.some((a) => a.extent) ? ` ${t('flowHint')}` : ''),
            h('div', { class: 'chart-wrap' }, lineageChart(lineage.provinces, arrows, lineage.root.slug)),
            h(
              'div',
              { class: 'list-tools' },
              csvButton(
                `diachi-${unit.slug}-lineage.csv`,
                ['from', 'to', 'change', 'kind', 'date', 'effective', 'legal_basis', 'extent', 'parts'],
                () =>
                  moves.map((a) => [
                    names.get(a.from.slug) ?? a.from.slug,
                    names.get(a.to.slug) ?? a.to.slug,
                    a.change.slug,
                    a.change.kind,
                    a.change.date.edtf,
                    a.change.effectiveDate?.edtf ?? '',
                    a.change.legalBasis ?? '',
                    a.extent ?? '',
                    a.parts?.join('; ') ?? '',
                  ]),
              ),
            ),
            h(
              'ol',
              { class: 'lineage-list' },
              moves.map((a) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'date' }, dateText(a.change.effectiveDate ?? a.change.date)),
                  ' ',
                  h('a', { href: `/unit/${a.from.slug}` }, names.get(a.from.slug) ?? a.from.slug),
                  ' → ',
                  h('a', { href: `/unit/${a.to.slug}` }, names.get(a.to.slug) ?? a.to.slug),
                  h('span', { class: 'badge' }, label(a.change.kind)),
                  a.extent
                    ? h('span', { class: `badge extent-${a.extent.toLowerCase()}` }, t(a.extent === 'PART' ? 'part' : 'whole'))
                    : null,
                  a.parts?.length ? h('span', { class: 'detail' }, ` (${a.parts.join(', ')})`) : null,
                ),
              ),
            ),
          ],
      neo4jLink('Province', unit.slug),
    ),
  };
}
