import type { ChangeRecord, ProvinceRecord, SourceRecord } from '../repositories/records.js';
import { changeMembers, type ExportFlow } from './changeFlows.js';
import type { ExportCitation, ExportSnapshot } from './ExportSnapshot.js';
import { lpfBound } from './exportDate.js';

/** The Linked Places context (v1.1, vendored in docs/lpf/) that every export names. */
export const LPF_CONTEXT_URL = 'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

type Json = Record<string, unknown>;

/** Getty AAT place types (the subset World Historical Gazetteer uses) for each kind of unit. */
const TYPES: Record<ProvinceRecord['kind'], Json> = {
  province: { identifier: 'aat:300000774', label: 'provinces', sourceLabels: [{ label: 'tỉnh', lang: 'vi' }] },
  city: { identifier: 'aat:300008389', label: 'cities', sourceLabels: [{ label: 'thành phố trực thuộc trung ương', lang: 'vi' }] },
  'special-zone': { identifier: 'aat:300232418', label: 'administrative divisions', sourceLabels: [{ label: 'đặc khu', lang: 'vi' }] },
};

/** Linked Places certainty for each diachi confidence. */
const CERTAINTY: Record<string, string> = { confirmed: 'certain', 'single-source': 'less-certain', uncertain: 'uncertain' };

const CHANGE_LABEL: Record<string, string> = {
  merge: 'hợp nhất',
  split: 'chia tách',
  're-establish': 'tái lập',
  rename: 'đổi tên',
  annex: 'sáp nhập',
  boundary: 'điều chỉnh địa giới',
  upgrade: 'nâng cấp',
  establish: 'thành lập',
};

/**
 * The graph's units as a Linked Places FeatureCollection (GeoJSON-LD, what World Historical
 * Gazetteer ingests): one Feature per unit identity, with its names, its lifetime (each bound at
 * its source's precision), the changes that made and unmade it as relations to the units before and
 * after, every fact's citations, and Wikidata links. Geometry is null: the graph has no places yet.
 * Pure: the same snapshot always gives the same document.
 */
export function buildLinkedPlaces(snapshot: ExportSnapshot, baseUrl: string): Json {
  const base = baseUrl.replace(/\/+$/, '');
  // The explorer's page of each unit (`/unit/<slug>`), so every @id opens the unit's published record.
  const unitUri = (id: string) => `${base}/unit/${id}`;
  const sources = new Map(snapshot.sources.map((source) => [source.id, source]));
  const citationsOf = groupBy(snapshot.citations, (c) => c.owner);
  const externalIdsOf = groupBy(snapshot.externalIds, (e) => e.owner);
  const provinces = new Map(snapshot.provinces.map((p) => [p.id, p]));
  const citations = (owner: string) => (citationsOf.get(owner) ?? []).map((c) => citationOf(c, sources.get(c.source), base));

  // Each change seen from each unit it touched.
  const relationsOf = new Map<string, Json[]>();
  const namesOf = new Map<string, Json[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const change of snapshot.changes) {
    // Offices change too (the same record shape); only changes of units relate places.
    if (![...change.ended, ...change.began, ...change.continued].some((id) => provinces.has(id))) continue;
    const when = changeWhen(change);
    const { flows } = changeMembers(change);
    const cited = citations(change.id);
    const relation = (flow: ExportFlow, direction: 'from' | 'to'): Json => {
      const other = provinces.get(direction === 'from' ? flow.to : flow.from);
      const extent = flow.extent === 'whole' ? ' (toàn bộ)' : ` (một phần${flow.parts.length > 0 ? `: ${flow.parts.join(', ')}` : ''})`;
      return {
        relationType: direction === 'from' ? 'diachi:predecessorOf' : 'diachi:successorOf',
        relationTo: unitUri(other?.id ?? (direction === 'from' ? flow.to : flow.from)),
        label: `${CHANGE_LABEL[change.kind] ?? change.kind} ${change.date}: ${direction === 'from' ? 'thành' : 'từ'} ${other?.name ?? '?'}${extent}`,
        when,
        ...(cited.length > 0 ? { citations: cited } : {}),
        certainty: CERTAINTY[change.confidence] ?? 'uncertain',
        extent: flow.extent,
        change: `${base}/change/${change.id}`,
      };
    };
    for (const flow of flows) {
      push(relationsOf, flow.from, relation(flow, 'from'));
      push(relationsOf, flow.to, relation(flow, 'to'));
    }
    // A rename dates both names: the old one ends, the new one begins.
    if (change.kind === 'rename' && change.fromName && change.toName) {
      for (const unit of change.continued) {
        push(namesOf, unit, {
          toponym: change.fromName,
          lang: 'vi',
          citations: cited,
          when: { timespans: [{ start: {}, end: lpfBound(change.effectiveDate ?? change.date) }] },
        });
        push(namesOf, unit, {
          toponym: change.toName,
          lang: 'vi',
          citations: cited,
          when: { timespans: [{ start: lpfBound(change.effectiveDate ?? change.date) }] },
        });
      }
    }
  }

  const features = snapshot.provinces.map((unit) => {
    const cited = citations(unit.id);
    // A name dated by a rename keeps the rename's citations; the unit's own name also keeps the
    // unit's, so the feature always has a cited name (Linked Places requires one).
    const dated = (namesOf.get(unit.id) ?? []).map((name) => {
      const all = [...(name['toponym'] === unit.name ? cited : []), ...(name['citations'] as Json[])];
      const { citations: _omit, ...rest } = name;
      return all.length > 0 ? { ...rest, citations: all } : rest;
    });
    const datedNames = new Set(dated.map((n) => n['toponym']));
    const names = [
      ...(datedNames.has(unit.name) ? [] : [{ toponym: unit.name, lang: 'vi', ...(cited.length > 0 ? { citations: cited } : {}) }]),
      ...dated,
      ...unit.otherNames.filter((name) => !datedNames.has(name) && name !== unit.name).map((toponym) => ({ toponym, lang: 'vi' })),
    ];
    const links = (externalIdsOf.get(unit.id) ?? []).map((e) => ({
      type: 'closeMatch',
      identifier: `wd:${e.value}`,
      citations: citations(e.id),
    }));
    const relations = relationsOf.get(unit.id) ?? [];
    return {
      '@id': unitUri(unit.id),
      type: 'Feature',
      properties: {
        title: unit.name,
        ccodes: ['VN'],
        slug: unit.id,
        kind: unit.kind,
        confidence: unit.confidence,
        ...(unit.seat ? { seat: unit.seat } : {}),
        ...(unit.gsoCode ? { gsoCode: unit.gsoCode } : {}),
      },
      // `when` is the unit's legal lifetime; the days its apparatus began and stopped operating,
      // where they differ, travel beside it (docs/model.md, "Two bases").
      when: { timespans: [lifetime(unit.established, unit.dissolved)], label: 'legal existence' },
      ...(unit.operatingEstablished || unit.operatingDissolved
        ? {
            operatingWhen: {
              timespans: [lifetime(unit.operatingEstablished ?? unit.established, unit.operatingDissolved ?? unit.dissolved)],
              label: 'operating',
            },
          }
        : {}),
      names,
      types: [TYPES[unit.kind]],
      geometry: null,
      ...(links.length > 0 ? { links } : {}),
      ...(relations.length > 0 ? { relations } : {}),
    };
  });

  return {
    type: 'FeatureCollection',
    '@context': [LPF_CONTEXT_URL, diachiContext(base)],
    features,
  };
}

/** The terms diachi adds to Linked Places, each mapped so JSON-LD processors keep them. */
export function diachiContext(base: string): Json {
  return {
    diachi: `${base}/vocab#`,
    wd: 'http://www.wikidata.org/entity/',
    slug: 'diachi:slug',
    kind: 'diachi:kind',
    confidence: 'diachi:confidence',
    seat: 'diachi:seat',
    gsoCode: 'diachi:gsoCode',
    extent: 'diachi:extent',
    operatingWhen: 'diachi:operatingWhen',
    change: { '@id': 'diachi:change', '@type': '@id' },
    quote: 'diachi:quote',
  };
}

function lifetime(start: string | null, end: string | null): Json {
  return { start: lpfBound(start), ...(end ? { end: lpfBound(end) } : {}) };
}

/**
 * A change's moment: the day it took legal effect (the act's day when no other is known). The label
 * names every date a source gives, since the act, its legal effect and the day the new apparatus
 * began to operate are often different days.
 */
function changeWhen(change: ChangeRecord): Json {
  const effective = change.effectiveDate ?? change.date;
  const parts = [`act ${change.date}`];
  if (change.effectiveDate && change.effectiveDate !== change.date) parts.push(`in force ${change.effectiveDate}`);
  if (change.operatingDate) parts.push(`operating ${change.operatingDate}`);
  return { timespans: [{ start: lpfBound(effective) }], label: parts.join(', ') };
}

function citationOf(citation: ExportCitation, source: SourceRecord | undefined, base: string): Json {
  const label = source ? [source.title, source.publisher, source.date].filter(Boolean).join(', ') : citation.source;
  return {
    label,
    '@id': source?.url ?? `${base}/source/${citation.source}`,
    ...(citation.quote ? { quote: citation.quote } : {}),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
