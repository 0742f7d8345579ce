import type { ChangeRecord } from '../repositories/records.js';

export type MemberRole = 'ended' | 'began' | 'continued';

export interface ExportMember {
  readonly unit: string;
  readonly role: MemberRole;
}

export interface ExportFlow {
  readonly from: string;
  readonly to: string;
  /** `whole` or `part`; null where the graph does not say. */
  readonly extent: 'whole' | 'part' | null;
  readonly parts: readonly string[];
}

/** What happened to each unit in a change, and where territory went (from → to). */
export function changeMembers(change: ChangeRecord): { members: ExportMember[]; flows: ExportFlow[] } {
  const before = new Set(change.before);
  const after = new Set(change.after);
  const members: ExportMember[] = [
    ...change.before.map((unit) => ({ unit, role: (after.has(unit) ? 'continued' : 'ended') as MemberRole })),
    ...change.after.filter((unit) => !before.has(unit)).map((unit) => ({ unit, role: 'began' as MemberRole })),
  ];
  // Without recorded flows, every unit before a change that a new unit came out of is one of its
  // sources; whether whole or part is not known.
  const began = members.filter((m) => m.role === 'began').map((m) => m.unit);
  const flows = began.flatMap((to) => change.before.map((from) => ({ from, to, extent: null, parts: [] })));
  return { members, flows };
}
