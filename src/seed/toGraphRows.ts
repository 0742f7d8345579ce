import { legalDateOf, tenureSpans, type HistoricalDate } from '../dates/index.js';
import type { EntityLabel } from '../cypher/schemaQueries.js';
import { foldDiacritics } from '../text/foldDiacritics.js';
import { postRole } from '../text/postRole.js';
import { vietnameseSortKey } from '../text/vietnameseSortKey.js';
import type { Citation, Dispute } from './recordSchemas.js';
import { boundsOf, existenceProps, reestablishedFrom } from './existenceProps.js';
import type { SeedDataset } from './SeedDataset.js';

export interface NodeBatch {
  readonly label: EntityLabel;
  /** `props` holds the id too: the loader sends the property maps alone. */
  readonly rows: Array<{ id: string; props: Record<string, unknown> & { id: string } }>;
  /**
   * Properties that hold an ISO day (`1976-02-01`) to be stored as a DATE. They travel as text
   * and mergeNodes converts them with date(): the JavaScript driver packs a temporal value
   * several times slower than a string, which made the client the bottleneck of a large load.
   */
  readonly dateKeys: Set<string>;
}

export interface RelationshipBatch {
  readonly type: string;
  /** `key` tells apart relationships of one type between the same two nodes (two quotes from one article). */
  readonly rows: Array<{ from: string; to: string; key: string; props: Record<string, unknown> }>;
}

export interface GraphRows {
  readonly nodes: NodeBatch[];
  readonly relationships: RelationshipBatch[];
}

/**
 * Turns validated seed records into the rows of the graph (README, "How the files become a graph").
 * Pure: no database here. Each date becomes four properties: the EDTF text as the source gives it,
 * its first and last day as DATEs for range queries, and its precision for people reading Browser.
 */
export function toGraphRows(dataset: SeedDataset): GraphRows {
  const nodes = new Map<EntityLabel, NodeBatch>();
  const relationships = new Map<string, RelationshipBatch>();
  const labelOf = new Map<string, EntityLabel>();

  const addNode = (label: EntityLabel, id: string, props: Record<string, unknown>) => {
    const batch = nodes.get(label) ?? { label, rows: [], dateKeys: new Set<string>() };
    nodes.set(label, batch);
    const clean = withoutNulls(props);
    for (const key of Object.keys(clean)) if (DAY_KEY.test(key)) batch.dateKeys.add(key);
    batch.rows.push({ id, props: { id, ...clean } });
    labelOf.set(id, label);
  };
  const addRel = (type: string, from: string, to: string, key: string, props: Record<string, unknown> = {}) => {
    if (!labelOf.has(from) || !labelOf.has(to)) throw new Error(`invariant: ${type} between unknown ids ${from} → ${to}`);
    const batch = relationships.get(type) ?? { type, rows: [] };
    relationships.set(type, batch);
    batch.rows.push({ from, to, key, props: { key, ...withoutNulls(props) } });
  };
  const cite = (id: string, citations: readonly Citation[]) =>
    citations.forEach((citation, position) => {
      const { id: source, quote, note } = typeof citation === 'string' ? { id: citation, quote: null, note: null } : citation;
      addRel('ATTESTED_BY', id, source, String(position), { position, quote, note });
    });
  const sourceIds = (citations: readonly Citation[]) => citations.map((c) => (typeof c === 'string' ? c : c.id));
  const disputes = (id: string, list: readonly Dispute[] | undefined) =>
    (list ?? []).forEach((dispute, i) => {
      const disputeId = `${id}--dispute-${i + 1}`;
      addNode('Dispute', disputeId, { field: dispute.field, value: String(dispute.value), note: dispute.note });
      addRel('DISPUTES', disputeId, id, 'DISPUTES');
      cite(disputeId, dispute.sources);
    });

  // An identifier in another dataset is a fact of its own, with its own citations, like a dispute:
  // (:ExternalId)-[:IDENTIFIES]->(record), never a bare property nobody can check.
  const externalIds = (id: string, wikidata: { id: string; sources: readonly Citation[] } | undefined) => {
    if (!wikidata) return;
    const externalId = `${id}--wikidata`;
    addNode('ExternalId', externalId, { scheme: 'wikidata', value: wikidata.id });
    addRel('IDENTIFIES', externalId, id, 'IDENTIFIES', { sources: sourceIds(wikidata.sources) });
    cite(externalId, wikidata.sources);
  };

  const bounds = boundsOf(dataset);
  const reestablishes = reestablishedFrom(dataset, bounds);
  for (const s of dataset.sources) {
    addNode('Source', s.id, {
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      ...dateProps('date', s.date),
      url: s.url,
      reference: s.reference,
      document: s.document,
      language: s.language,
      supports: s.supports,
      notes: s.notes,
      searchText: foldDiacritics([s.title, s.publisher].filter(Boolean).join(' · ')),
    });
  }
  for (const p of dataset.provinces) {
    addNode('Province', p.id, {
      name: p.name,
      sortName: vietnameseSortKey(p.name),
      otherNames: p.otherNames ?? [],
      kind: p.kind,
      ...dateProps('established', p.established),
      ...dateProps('dissolved', p.dissolved),
      current: p.current ?? false,
      reestablishes: reestablishes.get(p.id),
      ...dateProps('operatingEstablished', bounds.get(p.id)!.OPERATING.start),
      ...dateProps('operatingDissolved', bounds.get(p.id)!.OPERATING.end),
      ...existenceProps(bounds.get(p.id)!, p.current ? 'PRESENT' : 'UNKNOWN'),
      seat: p.seat,
      gsoCode: p.gsoCode === undefined || p.gsoCode === null ? null : String(p.gsoCode).padStart(2, '0'),
      confidence: p.confidence,
      notes: p.notes,
      searchText: foldDiacritics([p.name, ...(p.otherNames ?? [])].join(' · ')),
    });
  }
  for (const c of dataset.changes) {
    addNode('Change', c.id, {
      kind: c.kind,
      ...dateProps('date', c.date),
      ...dateProps('effectiveDate', c.effectiveDate),
      ...dateProps('operatingDate', c.operatingDate),
      legalBasis: c.legalBasis,
      fromName: c.fromName,
      toName: c.toName,
      confidence: c.confidence,
      notes: c.notes,
      searchText: foldDiacritics([c.legalBasis, c.fromName, c.toName].filter(Boolean).join(' · ') || c.id),
    });
  }
  for (const o of dataset.offices) {
    addNode('Office', o.id, {
      name: o.name,
      sortName: vietnameseSortKey(o.name),
      kind: o.kind,
      level: o.level ?? (o.kind.startsWith('central') ? 'central' : 'province'),
      unresolved: o.unresolved,
      ...dateProps('established', o.established),
      ...dateProps('dissolved', o.dissolved),
      ...dateProps('operatingEstablished', bounds.get(o.id)!.OPERATING.start),
      ...dateProps('operatingDissolved', bounds.get(o.id)!.OPERATING.end),
      ...existenceProps(bounds.get(o.id)!, 'PRESENT'),
      traditionDay: o.traditionDay,
      confidence: o.confidence,
      notes: o.notes,
      searchText: foldDiacritics(o.name),
    });
  }
  // Post titles are searchable with the place and the holder ("chanh van phong ubnd vinh long"
  // finds the tenure), and a person by the posts they held.
  const names = new Map<string, string>([...dataset.provinces, ...dataset.offices, ...dataset.people].map((r) => [r.id, r.name]));
  const titlesOf = new Map<string, string[]>();
  for (const t of dataset.tenures)
    titlesOf.set(t.person, [...(titlesOf.get(t.person) ?? []), `${t.title} ${names.get((t.office ?? t.province)!) ?? ''}`]);
  for (const person of dataset.people) {
    addNode('Person', person.id, {
      name: person.name,
      sortName: vietnameseSortKey(person.name),
      gender: person.gender,
      confidence: person.confidence,
      notes: person.notes,
      searchText: foldDiacritics([person.name, ...(titlesOf.get(person.id) ?? [])].join(' · ')),
    });
  }
  for (const t of dataset.tenures) {
    addNode('Tenure', t.id, {
      searchText: foldDiacritics([t.title, names.get((t.office ?? t.province)!), names.get(t.person)].filter(Boolean).join(' · ')),
      title: t.title,
      ...dateProps('start', t.start),
      ...dateProps('end', t.end),
      current: t.current ?? false,
      attested: t.attested.map((d) => d.edtf),
      ...tenureProps(t),
      confidence: t.confidence,
      notes: t.notes,
    });
  }
  for (const e of dataset.events) {
    addNode('Event', e.id, {
      kind: e.kind,
      title: e.title,
      ...dateProps('date', e.date),
      confidence: e.confidence,
      notes: e.notes,
      searchText: foldDiacritics(e.title),
    });
  }

  // Relationships, each carrying the ids of the sources of the record that asserts it.
  for (const c of dataset.changes) {
    const sources = sourceIds(c.sources);
    // Membership: CHANGED_IN from every member before the change (those that ended, `ended:
    // true`, and those that continued), RESULTED_IN to every member after it (those that began,
    // `created: true`, and those that continued). Lineage follows FLOWED instead: where territory
    // went, each arrow whole or part, carrying its change and its own sources (the change's when
    // the flow cites none) — a relationship an explorer sees between the two units in Browser.
    for (const id of [...c.ended, ...c.continued]) addRel('CHANGED_IN', id, c.id, 'CHANGED_IN', { sources, ended: c.ended.includes(id) });
    for (const id of [...c.began, ...c.continued])
      addRel('RESULTED_IN', c.id, id, 'RESULTED_IN', { sources, created: c.began.includes(id) });
    c.flows.forEach((flow, position) => {
      const cited = flow.sources ?? c.sources;
      addRel('FLOWED', flow.from, flow.to, c.id, {
        change: c.id,
        // The change's legal day (ISO text), so a lineage walk can keep to time's order.
        when: legalDateOf(c)!.earliest,
        position,
        extent: flow.extent,
        parts: flow.parts ?? [],
        sources: sourceIds(cited),
        quotes: cited.map((citation) => (typeof citation === 'string' ? '' : (citation.quote ?? ''))),
      });
    });
  }
  for (const o of dataset.offices) {
    if (o.province) addRel('OFFICE_OF', o.id, o.province, 'OFFICE_OF', { sources: sourceIds(o.sources) });
  }
  for (const t of dataset.tenures) {
    const sources = sourceIds(t.sources);
    addRel('HELD', t.person, t.id, 'HELD', { sources });
    addRel('AT', t.id, (t.office ?? t.province)!, 'AT', { sources });
  }
  for (const e of dataset.events) {
    e.subjects.forEach((id) => addRel('ABOUT', e.id, id, 'ABOUT', { sources: sourceIds(e.sources) }));
  }
  for (const record of [
    ...dataset.provinces,
    ...dataset.changes,
    ...dataset.offices,
    ...dataset.people,
    ...dataset.tenures,
    ...dataset.events,
  ]) {
    cite(record.id, record.sources);
    disputes(record.id, record.disputes);
  }
  for (const record of [...dataset.provinces, ...dataset.people]) externalIds(record.id, record.wikidata);

  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

// The properties dateProps and existenceProps write as ISO days, stored as DATEs by the loader.
const DAY_KEY = /(Earliest|Latest|From|Until)$/;

/**
 * What Neo4j Browser needs to ask who held a post on a day (docs/browser/queries.cypher): the
 * tenure's spans by the one rule (src/dates/tenureOn.ts), as DATEs, its attested days, and its
 * role read from the title (src/text/postRole.ts), so the Cypher only compares.
 */
function tenureProps(t: SeedDataset['tenures'][number]): Record<string, unknown> {
  const spans = tenureSpans({ start: t.start ?? null, end: t.end ?? null, current: t.current ?? false, attested: t.attested });
  return {
    role: postRole(t.title),
    definiteFrom: spans.definite?.from ?? null,
    definiteUntil: spans.definite?.until ?? null,
    possibleFrom: spans.possible?.from ?? null,
    possibleUntil: spans.possible?.until ?? null,
    attestedDays: spans.attestedDays,
  };
}

function dateProps(prefix: string, date: HistoricalDate | null | undefined): Record<string, unknown> {
  if (!date) return {};
  return {
    [prefix]: date.edtf,
    [`${prefix}Earliest`]: date.earliest,
    [`${prefix}Latest`]: date.latest,
    [`${prefix}Precision`]: date.precision,
  };
}

function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
}
