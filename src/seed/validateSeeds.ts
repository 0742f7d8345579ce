import type { SeedFiles } from './readSeedFiles.js';
import { checkChangeDates } from './rules/checkChangeDates.js';
import { checkChangeMembers } from './rules/checkChangeMembers.js';
import { checkCitations } from './rules/checkCitations.js';
import { checkIntervals } from './rules/checkIntervals.js';
import { checkLineageCycles } from './rules/checkLineageCycles.js';
import { checkReferences } from './rules/checkReferences.js';
import { checkShape } from './rules/checkShape.js';
import { checkUniqueIds } from './rules/checkUniqueIds.js';
import { parseDates } from './rules/parseDates.js';
import type { SeedDataset } from './SeedDataset.js';
import type { SeedProblem } from './SeedProblem.js';
import { createValidationContext, type ValidationContext } from './ValidationContext.js';

export interface ValidationResult {
  /** Present only when there are no problems. */
  readonly dataset?: SeedDataset;
  readonly problems: readonly SeedProblem[];
}

/**
 * The rules, in order: a rule may read what the rules before it found (valid records, ids,
 * parsed dates). One module per rule, in src/seed/rules/.
 */
const RULES: ReadonlyArray<(context: ValidationContext) => void> = [
  checkShape,
  checkUniqueIds,
  parseDates,
  checkCitations,
  checkReferences,
  checkIntervals,
  checkChangeMembers,
  checkChangeDates,
  checkLineageCycles,
];

/**
 * Checks every seed record and every rule between records, collecting all problems: record shape,
 * NFC text, unique ids, dates, references, citations and quotes, intervals, change members and
 * flows, units' dates against their changes, and lineage cycles. Nothing is loaded unless this
 * returns no problems.
 */
export function validateSeeds(files: SeedFiles): ValidationResult {
  const context = createValidationContext(files);
  for (const rule of RULES) rule(context);
  const { problems } = context;
  if (problems.length > 0) return { problems: problems.sort(byLocation) };

  const withDates = (kind: Parameters<ValidationContext['ofKind']>[0]) =>
    context.ofKind(kind).map((entry) => ({ ...entry.record, ...Object.fromEntries(context.dates.get(entry.record.id) ?? []) }));
  const dataset = {
    sources: withDates('sources'),
    provinces: withDates('provinces'),
    changes: withDates('changes'),
    offices: withDates('offices'),
    people: context.ofKind('people').map((entry) => entry.record),
    tenures: withDates('tenures').map((t) => ({ ...t, attested: context.attestedDates.get(t.id) ?? [] })),
    events: withDates('events'),
  } as unknown as SeedDataset;
  return { dataset, problems };
}

function byLocation(a: SeedProblem, b: SeedProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line;
}
