import { legalDateOf } from '../../dates/existenceBounds.js';
import type { Parsed, ValidationContext } from '../ValidationContext.js';

/**
 * Changes agree with their members' own dates: a unit (or office) that ended at a change has that
 * change's legal date (its effectiveDate, else the date of the act) as "dissolved", one that began
 * at it has it as "established"; and each begins and ends at one change at most. The operating
 * date is not repeated on the unit: it is derived from the change (docs/model.md, "Two bases").
 */
export function checkChangeDates(context: ValidationContext): void {
  const beganAt = new Map<string, Parsed<'changes'>>();
  const endedAt = new Map<string, Parsed<'changes'>>();
  for (const entry of context.ofKind('changes')) {
    const when = legalDateOf({ date: context.dateOf(entry, 'date'), effectiveDate: context.dateOf(entry, 'effectiveDate') });
    const where = `${entry.raw.file}:${entry.raw.line}`;
    for (const [role, field, seen, verb] of [
      ['ended', 'dissolved', endedAt, 'ended'],
      ['began', 'established', beganAt, 'created'],
    ] as const) {
      entry.record[role].forEach((id, i) => {
        const other = seen.get(id);
        if (other) {
          context.report(
            entry.raw,
            [role, i],
            `Expected "${id}" to ${role === 'ended' ? 'end' : 'begin'} at one change only, but it also ${role === 'ended' ? 'ends' : 'begins'} at ${other.record.id} (${other.raw.file}:${other.raw.line}).`,
          );
          return;
        }
        seen.set(id, entry);
        const unit = context.byId.get(id);
        if (!when || !unit || (unit.raw.kind !== 'provinces' && unit.raw.kind !== 'offices')) return;
        const own = context.dateOf(unit, field);
        if (own?.edtf !== when.edtf) {
          context.report(
            unit.raw,
            [field],
            `Expected "${field}" to be ${when.edtf}, when ${entry.record.id} (${where}) ${verb} this ${unit.raw.kind === 'offices' ? 'office' : 'unit'}, but got: ${own ? `"${own.edtf}"` : 'nothing'}.`,
          );
        }
      });
    }
  }
}
