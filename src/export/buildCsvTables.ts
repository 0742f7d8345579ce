import { stringify } from 'csv-stringify/sync';
import { changeMembers } from './changeFlows.js';
import type { ExportSnapshot } from './ExportSnapshot.js';
import { exportDate } from './exportDate.js';

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

/** A list of several values in one cell: ids never contain it, and names rarely do. */
export const LIST_SEPARATOR = ' | ';

/** The columns of each CSV file, in order (docs/export.md documents each one). */
export const CSV_COLUMNS = {
  units: [
    'id',
    'name',
    'other_names',
    'kind',
    ...dateColumns('established'),
    ...dateColumns('dissolved'),
    ...dateColumns('operating_established'),
    ...dateColumns('operating_dissolved'),
    'current',
    'seat',
    'gso_code',
    'wikidata',
    'confidence',
    'sources',
    'notes',
  ],
  changes: [
    'id',
    'kind',
    ...dateColumns('date'),
    ...dateColumns('effective_date'),
    ...dateColumns('operating_date'),
    'legal_basis',
    'from_name',
    'to_name',
    'confidence',
    'sources',
    'notes',
  ],
  change_members: ['change_id', 'member_id', 'member_type', 'role'],
  change_flows: ['change_id', 'from_id', 'to_id', 'extent', 'parts', 'sources'],
  offices: [
    'id',
    'name',
    'kind',
    'level',
    'province_id',
    'unresolved',
    ...dateColumns('established'),
    ...dateColumns('dissolved'),
    'tradition_day',
    'confidence',
    'sources',
    'notes',
  ],
  people: ['id', 'name', 'gender', 'wikidata', 'confidence', 'sources', 'notes'],
  tenures: [
    'id',
    'person_id',
    'title',
    'at_id',
    'at_type',
    ...dateColumns('start'),
    ...dateColumns('end'),
    'current',
    'attested',
    'confidence',
    'sources',
    'notes',
  ],
  sources: ['id', 'kind', 'title', 'publisher', ...dateColumns('date'), 'url', 'reference', 'language', 'supports', 'notes'],
  citations: ['record_id', 'source_id', 'position', 'quote'],
} as const;

export type CsvTable = keyof typeof CSV_COLUMNS;
export const CSV_TABLES = Object.keys(CSV_COLUMNS) as CsvTable[];

function dateColumns<P extends string>(prefix: P) {
  return [prefix, `${prefix}_earliest`, `${prefix}_latest`] as [P, `${P}_earliest`, `${P}_latest`];
}

function dateCells(prefix: string, edtf: string | null): Row {
  const date = exportDate(edtf);
  return { [prefix]: date.edtf, [`${prefix}_earliest`]: date.earliest, [`${prefix}_latest`]: date.latest };
}

/**
 * The graph as CSV files a spreadsheet opens as they are: UTF-8 with a byte-order mark (without it,
 * spreadsheet programs read Vietnamese as Latin-1 mojibake), one row per record, every date as the
 * EDTF its source gives plus the first and last day it covers, lists joined with " | ".
 */
export function buildCsvTables(snapshot: ExportSnapshot): Record<CsvTable, string> {
  // Each record's sources once, in the order it first cites them (a source cited for two quotes).
  const sourcesOf = new Map<string, Set<string>>();
  for (const c of snapshot.citations) {
    const set = sourcesOf.get(c.owner);
    if (set) set.add(c.source);
    else sourcesOf.set(c.owner, new Set([c.source]));
  }
  const cited = (id: string) => [...(sourcesOf.get(id) ?? [])].join(LIST_SEPARATOR);
  const units = new Set(snapshot.provinces.map((p) => p.id));
  const offices = new Set(snapshot.offices.map((o) => o.id));
  const typeOf = (id: string) => (units.has(id) ? 'Province' : offices.has(id) ? 'Office' : null);
  const wikidataOf = new Map(snapshot.externalIds.filter((e) => e.scheme === 'wikidata').map((e) => [e.owner, e.value]));

  const rows: Record<CsvTable, Row[]> = {
    units: snapshot.provinces.map((p) => ({
      id: p.id,
      name: p.name,
      other_names: p.otherNames.join(LIST_SEPARATOR),
      kind: p.kind,
      ...dateCells('established', p.established),
      ...dateCells('dissolved', p.dissolved),
      ...dateCells('operating_established', p.operatingEstablished),
      ...dateCells('operating_dissolved', p.operatingDissolved),
      current: p.current,
      seat: p.seat,
      gso_code: p.gsoCode,
      wikidata: wikidataOf.get(p.id) ?? null,
      confidence: p.confidence,
      sources: cited(p.id),
      notes: p.notes,
    })),
    changes: snapshot.changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      ...dateCells('date', c.date),
      ...dateCells('effective_date', c.effectiveDate),
      ...dateCells('operating_date', c.operatingDate),
      legal_basis: c.legalBasis,
      from_name: c.fromName,
      to_name: c.toName,
      confidence: c.confidence,
      sources: cited(c.id),
      notes: c.notes,
    })),
    change_members: snapshot.changes.flatMap((c) =>
      changeMembers(c).members.map((m) => ({ change_id: c.id, member_id: m.id, member_type: typeOf(m.id), role: m.role })),
    ),
    change_flows: snapshot.changes.flatMap((c) =>
      changeMembers(c).flows.map((f) => ({
        change_id: c.id,
        from_id: f.from,
        to_id: f.to,
        extent: f.extent,
        parts: f.parts.join(LIST_SEPARATOR),
        sources: f.sources.join(LIST_SEPARATOR),
      })),
    ),
    offices: snapshot.offices.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      level: o.level,
      province_id: o.provinceId,
      unresolved: o.unresolved,
      ...dateCells('established', o.established),
      ...dateCells('dissolved', o.dissolved),
      tradition_day: o.traditionDay,
      confidence: o.confidence,
      sources: cited(o.id),
      notes: o.notes,
    })),
    people: snapshot.people.map((p) => ({
      id: p.id,
      name: p.name,
      gender: p.gender,
      wikidata: wikidataOf.get(p.id) ?? null,
      confidence: p.confidence,
      sources: cited(p.id),
      notes: p.notes,
    })),
    tenures: snapshot.tenures.map((t) => ({
      id: t.id,
      person_id: t.personId,
      title: t.title,
      at_id: t.atId,
      at_type: t.atLabel,
      ...dateCells('start', t.start),
      ...dateCells('end', t.end),
      current: t.current,
      attested: t.attested.join(LIST_SEPARATOR),
      confidence: t.confidence,
      sources: cited(t.id),
      notes: t.notes,
    })),
    sources: snapshot.sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      ...dateCells('date', s.date),
      url: s.url,
      reference: s.reference,
      language: s.language,
      supports: s.supports,
      notes: s.notes,
    })),
    citations: snapshot.citations.map((c) => ({ record_id: c.owner, source_id: c.source, position: c.position, quote: c.quote })),
  };

  return Object.fromEntries(
    CSV_TABLES.map((table) => [
      table,
      stringify(rows[table], {
        bom: true,
        header: true,
        columns: [...CSV_COLUMNS[table]],
        record_delimiter: 'windows',
        cast: { boolean: (value) => (value ? 'true' : 'false') },
      }),
    ]),
  ) as Record<CsvTable, string>;
}
