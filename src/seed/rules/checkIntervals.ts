import type { Parsed, ValidationContext } from '../ValidationContext.js';

/** Intervals: nothing ends before it starts; "still so" only with an open end. */
export function checkIntervals(context: ValidationContext): void {
  const check = (entry: Parsed, startField: string, endField: string) => {
    const start = context.dateOf(entry, startField);
    const end = context.dateOf(entry, endField);
    if (start && end && end.latest < start.earliest) {
      context.report(
        entry.raw,
        [endField],
        `Expected "${endField}" (${end.edtf}) to be on or after "${startField}" (${start.edtf}), but it is earlier.`,
      );
    }
  };
  for (const entry of [...context.ofKind('provinces'), ...context.ofKind('offices')]) check(entry, 'established', 'dissolved');
  for (const entry of context.ofKind('tenures')) check(entry, 'start', 'end');
  for (const entry of context.ofKind('changes')) {
    check(entry, 'date', 'effectiveDate');
    check(entry, 'date', 'operatingDate');
  }
  for (const entry of [...context.ofKind('provinces'), ...context.ofKind('tenures')]) {
    const endField = entry.raw.kind === 'provinces' ? 'dissolved' : 'end';
    if ((entry.record as { current?: boolean }).current && context.dateOf(entry, endField)) {
      context.report(entry.raw, ['current'], `Expected a record with "current: true" to have no "${endField}", but it has one.`);
    }
  }
}
