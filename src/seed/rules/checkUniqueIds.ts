import type { ValidationContext } from '../ValidationContext.js';

/** Ids are unique across all files, so any id can be cited or linked without its kind. */
export function checkUniqueIds(context: ValidationContext): void {
  for (const entry of context.parsed) {
    const previous = context.byId.get(entry.record.id);
    if (previous) {
      context.report(
        entry.raw,
        ['id'],
        `Expected every id to be unique, but "${entry.record.id}" is already used at ${previous.raw.file}:${previous.raw.line}.`,
      );
      continue;
    }
    context.byId.set(entry.record.id, entry);
  }
}
