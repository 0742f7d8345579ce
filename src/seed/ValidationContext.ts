import type { HistoricalDate } from '../dates/index.js';
import type { RawRecord, SeedFiles, SeedKind } from './readSeedFiles.js';
import type { SeedRecords } from './recordSchemas.js';
import type { SeedProblem } from './SeedProblem.js';

export interface Parsed<K extends SeedKind = SeedKind> {
  readonly raw: RawRecord;
  readonly record: SeedRecords[K];
}

/**
 * What the validation rules share (src/seed/rules/): each rule reads what earlier rules found
 * (records of a valid shape, ids, parsed dates) and reports problems here. The rules run in the
 * order of RULES in validateSeeds.ts; a rule never throws at the first problem.
 */
export interface ValidationContext {
  readonly files: SeedFiles;
  readonly problems: SeedProblem[];
  /** Records whose shape is valid, in file order. */
  readonly parsed: Parsed[];
  /** Ids of records that failed the shape check: references to them are not reported again. */
  readonly invalidIds: Map<string, SeedKind>;
  /** The first record of each id. */
  readonly byId: Map<string, Parsed>;
  /** Parsed dates by record id and field. */
  readonly dates: Map<string, Map<string, HistoricalDate | null>>;
  readonly attestedDates: Map<string, HistoricalDate[]>;
  report(raw: RawRecord, path: ReadonlyArray<string | number>, message: string): void;
  /** The records of one kind that own their id (duplicates left out). */
  ofKind<K extends SeedKind>(kind: K): Array<Parsed<K>>;
  /** Whether `id` names a record of one of `kinds` (true when those files could not be read). */
  isKind(id: string, ...kinds: SeedKind[]): boolean;
  dateOf(entry: Parsed, field: string): HistoricalDate | null;
}

export function createValidationContext(files: SeedFiles): ValidationContext {
  const context: ValidationContext = {
    files,
    problems: [...files.problems],
    parsed: [],
    invalidIds: new Map(),
    byId: new Map(),
    dates: new Map(),
    attestedDates: new Map(),
    report: (raw, path, message) => context.problems.push({ file: raw.file, line: raw.lineOf(path), message }),
    ofKind: <K extends SeedKind>(kind: K) =>
      context.parsed.filter((entry): entry is Parsed<K> => entry.raw.kind === kind && context.byId.get(entry.record.id) === entry),
    isKind: (id, ...kinds) => {
      if (kinds.some((kind) => files.unreadable.has(kind))) return true;
      const kind = context.byId.get(id)?.raw.kind ?? context.invalidIds.get(id);
      return kind !== undefined && kinds.includes(kind);
    },
    dateOf: (entry, field) => context.dates.get(entry.record.id)?.get(field) ?? null,
  };
  return context;
}
