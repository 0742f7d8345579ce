import { ApiError, query } from '../api.js';
import { neo4jLink } from '../components/neo4jLink.js';
import { disputesList, facts, section, unitTabs } from '../components/parts.js';
import { sourcesList } from '../components/sourcesList.js';
import { csvButton } from '../csv.js';
import { h } from '../dom.js';
import { ExplorerUnitDocument } from '../generated/operations.js';
import { dateText, label, spanText, t } from '../i18n.js';
import type { Page } from '../router.js';

/** One provincial-level unit: its names, dates at their precision, changes, offices and sources. */
export async function unitPage(params: Record<string, string>): Promise<Page> {
  const { province: unit } = await query(ExplorerUnitDocument, { id: params.slug! });
  if (!unit) throw new ApiError(t('notFound'), 'NOT_FOUND');
  const unitLink = (p: { slug: string; name: string }) => h('a', { href: `/unit/${p.slug}` }, p.name);
  const datedUnit = (p: {
    slug: string;
    name: string;
    current: boolean;
    established?: { label: string; edtf: string } | null;
    dissolved?: { label: string; edtf: string } | null;
  }) => h('li', {}, unitLink(p), h('span', { class: 'dates' }, ` ${spanText(p.established, p.dissolved, p.current)}`));
  const offices = unit.offices.edges.map((e) => e.node);

  const body = h(
    'article',
    { class: 'entity unit', 'data-slug': unit.slug },
    h('p', { class: 'eyebrow' }, `${t('unitHeading')} · ${label(unit.kind)}`),
    h('h1', {}, unit.name),
    unitTabs(unit.slug, 'overview'),
    facts([
      ['otherNames', unit.otherNames.join(', ')],
      [
        'established',
        unit.established ? h('span', { class: 'date', 'data-edtf': unit.established.edtf }, dateText(unit.established)) : '…',
      ],
      [
        'dissolved',
        unit.dissolved
          ? h('span', { class: 'date', 'data-edtf': unit.dissolved.edtf }, dateText(unit.dissolved))
          : unit.current
            ? t('current')
            : t('endUnknown'),
      ],
      // The operating dates only where they differ from the legal ones (Vĩnh Long: legally from the
      // act of 26/12/1991, operating from 5/5/1992).
      [
        'operatingEstablished',
        unit.operatingEstablished && unit.operatingEstablished.edtf !== unit.established?.edtf ? dateText(unit.operatingEstablished) : null,
      ],
      [
        'operatingDissolved',
        unit.operatingDissolved && unit.operatingDissolved.edtf !== unit.dissolved?.edtf ? dateText(unit.operatingDissolved) : null,
      ],
      ['seat', unit.seat],
      ['gsoCode', unit.gsoCode],
      ['confidence', label(unit.confidence)],
      ['notes', unit.notes],
    ]),
    sourcesList(unit.sources),
    disputesList(unit.disputes),
    h(
      'div',
      { class: 'two-col' },
      section('predecessors', h('ul', {}, unit.predecessors.map(datedUnit)), unit.predecessors.length === 0),
      section('successors', h('ul', {}, unit.successors.map(datedUnit)), unit.successors.length === 0),
    ),
    section(
      'changes',
      h(
        'ol',
        { class: 'changes' },
        unit.changes.map((change) =>
          h(
            'li',
            { class: 'change', 'data-slug': change.slug },
            h('strong', {}, label(change.kind)),
            ' ',
            h('span', { class: 'date' }, dateText(change.date)),
            change.effectiveDate ? h('span', { class: 'effective' }, ` (${t('effective')} ${dateText(change.effectiveDate)})`) : null,
            change.fromName && change.toName ? h('div', {}, `${change.fromName} → ${change.toName}`) : null,
            h(
              'div',
              { class: 'sides' },
              `${t('before')}: `,
              change.before.map((p, i) => [i ? ', ' : '', unitLink(p)]),
              ` → ${t('after')}: `,
              change.after.map((p, i) => [i ? ', ' : '', unitLink(p)]),
            ),
            change.legalBasis ? h('div', { class: 'basis' }, `${t('legalBasis')}: ${change.legalBasis}`) : null,
            sourcesList(change.sources),
            disputesList(change.disputes),
          ),
        ),
      ),
      unit.changes.length === 0,
      csvButton(`diachi-${unit.slug}-changes.csv`, ['date', 'edtf', 'effective', 'kind', 'before', 'after', 'legal_basis', 'sources'], () =>
        unit.changes.map((c) => [
          dateText(c.date),
          c.date.edtf,
          c.effectiveDate?.edtf ?? '',
          c.kind,
          c.before.map((p) => p.name).join('; '),
          c.after.map((p) => p.name).join('; '),
          c.legalBasis ?? '',
          c.sources.map((s) => s.url ?? s.title).join(' | '),
        ]),
      ),
    ),
    section(
      'offices',
      h(
        'ul',
        { class: 'offices' },
        offices.map((o) =>
          h(
            'li',
            {},
            h('a', { href: `/office/${o.slug}` }, o.name),
            h('span', { class: 'dates' }, ` ${dateText(o.established) || '?'} – ${dateText(o.dissolved) || '?'}`),
          ),
        ),
      ),
      offices.length === 0,
      csvButton(`diachi-${unit.slug}-offices.csv`, ['name', 'kind', 'established', 'dissolved', 'slug'], () =>
        offices.map((o) => [o.name, o.kind, o.established?.edtf ?? '', o.dissolved?.edtf ?? '', o.slug]),
      ),
    ),
    neo4jLink('Province', unit.slug),
  );
  return { title: unit.name, body };
}
