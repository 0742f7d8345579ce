import type { Context } from '../context.js';
import { legalDateOf } from '../dates/index.js';
import { BadUserInputError } from '../errors/BadUserInputError.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import type { ChangeRecord, FlowRecord, OfficeRecord } from '../repositories/records.js';

type Direction = 'PREDECESSORS' | 'SUCCESSORS' | 'BOTH';

export interface OfficeLineageResult {
  readonly root: OfficeRecord;
  readonly offices: OfficeRecord[];
  readonly changes: ChangeRecord[];
  readonly links: FlowRecord[];
}

const legalDay = (change: ChangeRecord) =>
  legalDateOf({ date: toHistoricalDate(change.date), effectiveDate: toHistoricalDate(change.effectiveDate) })?.earliest ?? '';

/**
 * `Office.lineage`: the flows into (or out of) the office, then into (out of) the offices they
 * reach, one change per step, as Query.lineage walks units: each step at a change no later
 * (walking back) or no earlier (walking forward) than the step before, by its legal day. The walk
 * reads the same relation as `flowsIn`/`flowsOut` (one loader batch per step), so the lineage
 * cannot disagree with them; office changes are few, so a step is a small batch.
 */
export async function officeLineage(
  root: OfficeRecord,
  direction: Direction,
  maxDepth: number,
  { loaders }: Context,
): Promise<OfficeLineageResult> {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 10) {
    throw new BadUserInputError(`Expected "maxDepth" to be from 1 to 10, but got: ${maxDepth}.`, 'maxDepth');
  }
  const links = new Map<string, FlowRecord>();
  const changes = new Map<string, ChangeRecord>();
  for (const way of direction === 'BOTH' ? (['PREDECESSORS', 'SUCCESSORS'] as const) : [direction]) {
    const forward = way === 'SUCCESSORS';
    let frontier: Array<{ id: string; day: string | null }> = [{ id: root.id, day: null }];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth += 1) {
      const flows = await (forward ? loaders.flowsOutOf : loaders.flowsInto).loadMany(frontier.map((f) => f.id));
      const found = flows.flatMap((group) => (group instanceof Error ? [] : group));
      for (const change of await loaders.change.loadMany([...new Set(found.map((f) => f.change))])) {
        if (change && !(change instanceof Error)) changes.set(change.id, change);
      }
      const next = new Map<string, { id: string; day: string }>();
      frontier.forEach((step, i) => {
        const group = flows[i];
        if (!group || group instanceof Error) return;
        for (const flow of group) {
          const change = changes.get(flow.change);
          if (!change) continue;
          const day = legalDay(change);
          if (step.day !== null && (forward ? day < step.day : day > step.day)) continue;
          links.set(`${flow.change}|${flow.from}|${flow.to}`, flow);
          const id = forward ? flow.to : flow.from;
          next.set(`${id}|${day}`, { id, day });
        }
      });
      frontier = [...next.values()];
    }
  }
  const ids = [...new Set([root.id, ...[...links.values()].flatMap((l) => [l.from, l.to])])];
  const offices = (await loaders.office.loadMany(ids)).filter((o): o is OfficeRecord => !!o && !(o instanceof Error));
  const byDay = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  const established = (o: OfficeRecord) => toHistoricalDate(o.established)?.earliest ?? null;
  const crossed = [...new Set([...links.values()].map((l) => l.change))].map((id) => changes.get(id)!);
  return {
    root,
    offices: offices.sort((a, b) => byDay(established(a), established(b))),
    changes: crossed.sort((a, b) => byDay(legalDay(a), legalDay(b))),
    links: [...links.values()].sort((a, b) => byDay(legalDay(changes.get(a.change)!), legalDay(changes.get(b.change)!))),
  };
}
