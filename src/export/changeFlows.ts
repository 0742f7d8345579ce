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

/** What happened to each unit in a change, and where territory went (from → to), as recorded (change v2). */
export function changeMembers(change: ChangeRecord): { members: ExportMember[]; flows: ExportFlow[] } {
  const members: ExportMember[] = [
    ...change.ended.map((unit) => ({ unit, role: 'ended' as MemberRole })),
    ...change.continued.map((unit) => ({ unit, role: 'continued' as MemberRole })),
    ...change.began.map((unit) => ({ unit, role: 'began' as MemberRole })),
  ];
  const flows = change.flows.map(({ from, to, extent, parts }) => ({ from, to, extent, parts }));
  return { members, flows };
}
