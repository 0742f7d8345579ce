import { HistoricalDateError, parseHistoricalDate, type HistoricalDate } from '../dates/index.js';
import { describeIssue } from './describeIssue.js';
import type { RawRecord, SeedFiles, SeedKind } from './readSeedFiles.js';
import { recordSchemas, type Citation, type SeedRecords } from './recordSchemas.js';
import type { SeedDataset } from './SeedDataset.js';
import type { SeedProblem } from './SeedProblem.js';

type AnyRecord = SeedRecords[SeedKind];
interface Parsed<K extends SeedKind = SeedKind> {
  readonly raw: RawRecord;
  readonly record: SeedRecords[K];
}

export interface ValidationResult {
  /** Present only when there are no problems. */
  readonly dataset?: SeedDataset;
  readonly problems: readonly SeedProblem[];
}

/**
 * Checks every seed record and every rule between records, collecting all problems: record shape,
 * NFC text, unique ids, dates, references, citations and quotes, intervals, change consistency and
 * lineage cycles. Nothing is loaded unless this returns no problems.
 */
export function validateSeeds(files: SeedFiles): ValidationResult {
  const problems: SeedProblem[] = [...files.problems];
  const report = (raw: RawRecord, path: ReadonlyArray<string | number>, message: string) =>
    problems.push({ file: raw.file, line: raw.lineOf(path), message });

  // 1. Shape, one record at a time. Ids of records that fail here are remembered, so references to
  //    them are not reported a second time as missing.
  const parsed: Parsed[] = [];
  const invalidIds = new Map<string, SeedKind>();
  for (const raw of files.records) {
    const result = recordSchemas[raw.kind].safeParse(raw.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) report(raw, issue.path as Array<string | number>, describeIssue(issue));
      const id = (raw.data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') invalidIds.set(id, raw.kind);
      continue;
    }
    checkNfc(raw, result.data, [], report);
    parsed.push({ raw, record: result.data });
  }

  // 2. Ids are unique across all files, so any id can be cited or linked without its kind.
  const byId = new Map<string, Parsed>();
  for (const entry of parsed) {
    const previous = byId.get(entry.record.id);
    if (previous) {
      report(
        entry.raw,
        ['id'],
        `Expected every id to be unique, but "${entry.record.id}" is already used at ${previous.raw.file}:${previous.raw.line}.`,
      );
      continue;
    }
    byId.set(entry.record.id, entry);
  }
  const ofKind = <K extends SeedKind>(kind: K) =>
    parsed.filter((entry): entry is Parsed<K> => entry.raw.kind === kind && byId.get(entry.record.id) === entry);
  const isKind = (id: string, ...kinds: SeedKind[]) => {
    if (kinds.some((kind) => files.unreadable.has(kind))) return true;
    const kind = byId.get(id)?.raw.kind ?? invalidIds.get(id);
    return kind !== undefined && kinds.includes(kind);
  };

  // 3. Dates: parsed once here, with their precision, for every later rule and for the loader.
  const dates = new Map<string, Map<string, HistoricalDate | null>>();
  const dateOf = (entry: Parsed, field: string): HistoricalDate | null => dates.get(entry.record.id)?.get(field) ?? null;
  const parseDate = (entry: Parsed, path: Array<string | number>, value: unknown): HistoricalDate | null => {
    if (value === undefined || value === null) return null;
    try {
      return parseHistoricalDate(value as string | number);
    } catch (error) {
      if (!(error instanceof HistoricalDateError)) throw error;
      report(entry.raw, path, `Expected "${path.join('.')}" to be ${error.expected}, but got: ${JSON.stringify(value)}.`);
      return null;
    }
  };
  const DATE_FIELDS: Record<SeedKind, string[]> = {
    sources: ['date'],
    provinces: ['established', 'dissolved'],
    changes: ['date', 'effectiveDate'],
    offices: ['established', 'dissolved'],
    people: [],
    tenures: ['start', 'end'],
    events: ['date'],
  };
  const attestedDates = new Map<string, HistoricalDate[]>();
  for (const entry of byId.values()) {
    const fields = new Map<string, HistoricalDate | null>();
    for (const field of DATE_FIELDS[entry.raw.kind]) {
      fields.set(field, parseDate(entry, [field], (entry.record as Record<string, unknown>)[field]));
    }
    dates.set(entry.record.id, fields);
    if (entry.raw.kind === 'tenures') {
      const list = (entry.record as SeedRecords['tenures']).attested ?? [];
      attestedDates.set(
        entry.record.id,
        list.map((value, i) => parseDate(entry, ['attested', i], value)).filter((d): d is HistoricalDate => d !== null),
      );
    }
  }

  // 4. Citations: every source exists; a quote from a seed article is really in that article.
  const sources = new Map(ofKind('sources').map((entry) => [entry.record.id, entry.record]));
  for (const entry of ofKind('sources')) {
    const document = entry.record.document;
    if (document && !files.documents.has(document)) {
      report(entry.raw, ['document'], `Expected seeds/documents/${document} to exist, but it is missing.`);
    }
  }
  const checkCitations = (entry: Parsed, list: readonly Citation[], path: Array<string | number>) => {
    list.forEach((citation, i) => {
      const { id, quote } = typeof citation === 'string' ? { id: citation, quote: undefined } : citation;
      const source = sources.get(id);
      if (!source && (invalidIds.get(id) === 'sources' || files.unreadable.has('sources'))) return;
      if (!source) {
        report(entry.raw, [...path, i], `Expected "${id}" to be the id of a record in seeds/sources.yaml, but there is none.`);
        return;
      }
      if (quote && source.document) {
        const text = files.documents.get(source.document);
        if (text !== undefined && !text.includes(quote.normalize('NFC'))) {
          report(
            entry.raw,
            [...path, i, 'quote'],
            `Expected the quote to appear word for word in ${id} (seeds/documents/${source.document}), but it does not: ${JSON.stringify(quote)}.`,
          );
        }
      }
    });
  };
  for (const entry of byId.values()) {
    if (entry.raw.kind === 'sources') continue;
    const record = entry.record as Exclude<AnyRecord, SeedRecords['sources']>;
    checkCitations(entry, record.sources, ['sources']);
    if ('wikidata' in record && record.wikidata) checkCitations(entry, record.wikidata.sources, ['wikidata', 'sources']);
    (record.disputes ?? []).forEach((dispute, i) => {
      if (!(dispute.field in recordSchemas[entry.raw.kind].shape)) {
        report(entry.raw, ['disputes', i, 'field'], `Expected "field" to name a field of this record, but got: "${dispute.field}".`);
      }
      checkCitations(entry, dispute.sources, ['disputes', i, 'sources']);
    });
  }

  // 5. References between records.
  const expectRef = (entry: Parsed, path: Array<string | number>, id: string, kinds: SeedKind[], what: string) => {
    if (!isKind(id, ...kinds)) {
      report(entry.raw, path, `Expected "${id}" to be the id of ${what}, but there is none.`);
    }
  };
  for (const entry of ofKind('changes')) {
    const { before, after, kind } = entry.record;
    before.forEach((id, i) => expectRef(entry, ['before', i], id, ['provinces'], 'a province in seeds/provinces.yaml'));
    after.forEach((id, i) => expectRef(entry, ['after', i], id, ['provinces'], 'a province in seeds/provinces.yaml'));
    if (before.length === 0 && kind !== 'establish') {
      report(entry.raw, ['before'], `Expected a ${kind} to list the units before it, but "before" is empty.`);
    }
    if (after.length === 0) report(entry.raw, ['after'], 'Expected "after" to list the units after the change, but it is empty.');
  }
  for (const entry of ofKind('offices')) {
    const { province, unresolved, kind } = entry.record;
    if (province) expectRef(entry, ['province'], province, ['provinces'], 'a province in seeds/provinces.yaml');
    if (province && unresolved) {
      report(entry.raw, ['unresolved'], 'Expected either "province" or "unresolved", but got both.');
    }
    if (!province && !unresolved && !kind.startsWith('central')) {
      report(
        entry.raw,
        [],
        'Expected a provincial office to name its "province", or to say in "unresolved" why the sources leave it unknown, but got neither.',
      );
    }
  }
  for (const entry of ofKind('tenures')) {
    const { person, office, province } = entry.record;
    expectRef(entry, ['person'], person, ['people'], 'a person in seeds/people.yaml');
    if (office) expectRef(entry, ['office'], office, ['offices'], 'an office in seeds/offices.yaml');
    if (province) expectRef(entry, ['province'], province, ['provinces'], 'a province in seeds/provinces.yaml');
    if (Boolean(office) === Boolean(province)) {
      report(entry.raw, [], 'Expected a tenure to name exactly one of "office" or "province" (where the post was held).');
    }
  }
  for (const entry of ofKind('events')) {
    entry.record.subjects.forEach((id, i) =>
      expectRef(entry, ['subjects', i], id, ['provinces', 'offices', 'people', 'changes', 'tenures'], 'a province, office, person, change or tenure'),
    );
  }

  // 6. Intervals: nothing ends before it starts; "still so" only with an open end.
  const checkInterval = (entry: Parsed, startField: string, endField: string) => {
    const start = dateOf(entry, startField);
    const end = dateOf(entry, endField);
    if (start && end && end.latest < start.earliest) {
      report(entry.raw, [endField], `Expected "${endField}" (${end.edtf}) to be on or after "${startField}" (${start.edtf}), but it is earlier.`);
    }
  };
  for (const entry of [...ofKind('provinces'), ...ofKind('offices')]) checkInterval(entry, 'established', 'dissolved');
  for (const entry of ofKind('tenures')) checkInterval(entry, 'start', 'end');
  for (const entry of [...ofKind('provinces'), ...ofKind('tenures')]) {
    const endField = entry.raw.kind === 'provinces' ? 'dissolved' : 'end';
    if ((entry.record as { current?: boolean }).current && dateOf(entry, endField)) {
      report(entry.raw, ['current'], `Expected a record with "current: true" to have no "${endField}", but it has one.`);
    }
  }

  // 7. Changes agree with the units: those that end at a change end on its date, those that begin
  //    at it begin on it (the effective date where known, else the date of the act).
  for (const entry of ofKind('changes')) {
    const when = dateOf(entry, 'effectiveDate') ?? dateOf(entry, 'date');
    if (!when) continue;
    const { before, after } = entry.record;
    const where = `${entry.raw.file}:${entry.raw.line}`;
    for (const id of before.filter((b) => !after.includes(b))) {
      const unit = byId.get(id);
      if (!unit || unit.raw.kind !== 'provinces') continue;
      const dissolved = dateOf(unit, 'dissolved');
      if (dissolved?.edtf !== when.edtf) {
        report(
          unit.raw,
          ['dissolved'],
          `Expected "dissolved" to be ${when.edtf}, when ${entry.record.id} (${where}) ended this unit, but got: ${dissolved ? `"${dissolved.edtf}"` : 'nothing'}.`,
        );
      }
    }
    for (const id of after.filter((a) => !before.includes(a))) {
      const unit = byId.get(id);
      if (!unit || unit.raw.kind !== 'provinces') continue;
      const established = dateOf(unit, 'established');
      if (established?.edtf !== when.edtf) {
        report(
          unit.raw,
          ['established'],
          `Expected "established" to be ${when.edtf}, when ${entry.record.id} (${where}) created this unit, but got: ${established ? `"${established.edtf}"` : 'nothing'}.`,
        );
      }
    }
  }

  // 8. Lineage has no cycles: no unit descends from itself through changes. A lineage link runs
  //    from each unit before a change to each unit the change created; units that continue through
  //    it (a boundary transfer between two provinces) gain no ancestors from it.
  const successors = new Map<string, Array<{ to: string; change: Parsed<'changes'> }>>();
  for (const entry of ofKind('changes')) {
    const created = entry.record.after.filter((id) => !entry.record.before.includes(id));
    for (const from of entry.record.before) {
      for (const to of created) successors.set(from, [...(successors.get(from) ?? []), { to, change: entry }]);
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const cyclic = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'visiting');
    for (const { to, change } of successors.get(id) ?? []) {
      if (state.get(to) === 'visiting') {
        const cycle = [...[...trail, id].slice([...trail, id].indexOf(to)), to];
        if (!cyclic.has(change.record.id)) {
          cyclic.add(change.record.id);
          report(change.raw, ['after'], `Expected lineage to have no cycles, but ${cycle.join(' → ')} comes back to itself.`);
        }
      } else if (!state.has(to)) {
        visit(to, [...trail, id]);
      }
    }
    state.set(id, 'done');
  };
  for (const id of successors.keys()) if (!state.has(id)) visit(id, []);

  if (problems.length > 0) return { problems: problems.sort(byLocation) };

  const withDates = <K extends SeedKind>(kind: K) =>
    ofKind(kind).map((entry) => ({ ...entry.record, ...Object.fromEntries(dates.get(entry.record.id) ?? []) }));
  const dataset = {
    sources: withDates('sources'),
    provinces: withDates('provinces'),
    changes: withDates('changes'),
    offices: withDates('offices'),
    people: ofKind('people').map((entry) => entry.record),
    tenures: withDates('tenures').map((t) => ({ ...t, attested: attestedDates.get(t.id) ?? [] })),
    events: withDates('events'),
  } as unknown as SeedDataset;
  return { dataset, problems };
}

function checkNfc(
  raw: RawRecord,
  value: unknown,
  path: Array<string | number>,
  report: (raw: RawRecord, path: ReadonlyArray<string | number>, message: string) => void,
): void {
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) {
      report(raw, path, `Expected "${path.join('.')}" to be Unicode NFC (composed diacritics, as most keyboards type them), but got decomposed text: ${JSON.stringify(value)}.`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkNfc(raw, item, [...path, i], report));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) checkNfc(raw, inner, [...path, key], report);
  }
}

function byLocation(a: SeedProblem, b: SeedProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line;
}
