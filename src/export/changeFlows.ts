import type { ChangeRecord } from '../repositories/records.js';

export type MemberRole = 'ended' | 'began' | 'continued';

export interface ExportMember {
  readonly id: string;
  readonly role: MemberRole;
}

export interface ExportFlow {
  readonly from: string;
  readonly to: string;
  readonly extent: 'whole' | 'part';
  readonly parts: readonly string[];
  /** The flow's own sources; the change's apply when empty. */
  readonly sources: readonly string[];
}

/** What happened to each member of a change (a unit or an office), and where its territory went. */
export function changeMembers(change: ChangeRecord): { members: ExportMember[]; flows: ExportFlow[] } {
  const members: ExportMember[] = [
    ...change.ended.map((id) => ({ id, role: 'ended' as const })),
    ...change.began.map((id) => ({ id, role: 'began' as const })),
    ...change.continued.map((id) => ({ id, role: 'continued' as const })),
  ];
  const flows = change.flows.map(({ from, to, extent, parts, sources }) => ({ from, to, extent, parts, sources }));
  return { members, flows };
}
