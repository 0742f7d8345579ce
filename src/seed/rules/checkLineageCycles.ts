import type { Parsed, ValidationContext } from '../ValidationContext.js';

/**
 * Lineage has no cycles: no unit descends from itself. The links checked are the flows into units
 * a change began: territory may go back and forth between two units that both continue (huyện Mê
 * Linh went from Vĩnh Phú to Hà Nội in 1978 and back in 1991) without either descending from
 * itself, but a unit cannot be created, however indirectly, out of its own territory.
 */
export function checkLineageCycles(context: ValidationContext): void {
  const successors = new Map<string, Array<{ to: string; change: Parsed<'changes'> }>>();
  for (const entry of context.ofKind('changes')) {
    const began = new Set(entry.record.began);
    for (const { from, to } of entry.record.flows.filter((flow) => began.has(flow.to) && flow.from !== flow.to))
      successors.set(from, [...(successors.get(from) ?? []), { to, change: entry }]);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const cyclic = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'visiting');
    for (const { to, change } of successors.get(id) ?? []) {
      if (state.get(to) === 'visiting') {
        const path = [...trail, id];
        const cycle = [...path.slice(path.indexOf(to)), to];
        if (!cyclic.has(change.record.id)) {
          cyclic.add(change.record.id);
          context.report(change.raw, ['flows'], `Expected lineage to have no cycles, but ${cycle.join(' → ')} comes back to itself.`);
        }
      } else if (!state.has(to)) {
        visit(to, [...trail, id]);
      }
    }
    state.set(id, 'done');
  };
  for (const id of successors.keys()) if (!state.has(id)) visit(id, []);
}
