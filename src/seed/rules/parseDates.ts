import { HistoricalDateError, parseHistoricalDate, type HistoricalDate } from '../../dates/index.js';
import type { SeedKind } from '../readSeedFiles.js';
import type { SeedRecords } from '../recordSchemas.js';
import type { Parsed, ValidationContext } from '../ValidationContext.js';

const DATE_FIELDS: Record<SeedKind, string[]> = {
  sources: ['date'],
  provinces: ['established', 'dissolved'],
  changes: ['date', 'effectiveDate', 'operatingDate'],
  offices: ['established', 'dissolved'],
  people: [],
  tenures: ['start', 'end'],
  events: ['date'],
};

/** Dates: parsed once here, with their precision, for every later rule and for the loader. */
export function parseDates(context: ValidationContext): void {
  const parseDate = (entry: Parsed, path: Array<string | number>, value: unknown): HistoricalDate | null => {
    if (value === undefined || value === null) return null;
    try {
      return parseHistoricalDate(value as string | number);
    } catch (error) {
      if (!(error instanceof HistoricalDateError)) throw error;
      context.report(entry.raw, path, `Expected "${path.join('.')}" to be ${error.expected}, but got: ${JSON.stringify(value)}.`);
      return null;
    }
  };
  for (const entry of context.byId.values()) {
    const fields = new Map<string, HistoricalDate | null>();
    for (const field of DATE_FIELDS[entry.raw.kind]) {
      fields.set(field, parseDate(entry, [field], (entry.record as Record<string, unknown>)[field]));
    }
    context.dates.set(entry.record.id, fields);
    if (entry.raw.kind === 'tenures') {
      const list = (entry.record as SeedRecords['tenures']).attested ?? [];
      context.attestedDates.set(
        entry.record.id,
        list.map((value, i) => parseDate(entry, ['attested', i], value)).filter((d): d is HistoricalDate => d !== null),
      );
    }
  }
}
