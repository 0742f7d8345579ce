import type { ValidationContext } from '../ValidationContext.js';

const ROLES = ['ended', 'began', 'continued'] as const;
type Role = (typeof ROLES)[number];

/**
 * The members and flows of each change (seeds/README.md, "Changes"; docs/model.md, "Flows"):
 * every member has one role; flows join members; a member that ended gave all of its territory
 * away and received none; a member that began received some and gave none; only a member that
 * ended can give its whole territory; a rename is one continued member with its two names.
 */
export function checkChangeMembers(context: ValidationContext): void {
  for (const entry of context.ofKind('changes')) {
    const { kind, flows, fromName, toName } = entry.record;
    const report = (path: Array<string | number>, message: string) => context.report(entry.raw, path, message);

    const roleOf = new Map<string, Role>();
    for (const role of ROLES) {
      entry.record[role].forEach((id, i) => {
        const first = roleOf.get(id);
        if (first) {
          report(
            [role, i],
            `Expected every member to appear in exactly one of "ended", "began" and "continued", but "${id}" is in both "${first}" and "${role}".`,
          );
          return;
        }
        roleOf.set(id, role);
      });
    }

    const labelOf = (id: string) => context.byId.get(id)?.raw.kind;
    const members = [...roleOf.keys()];
    const firstLabel = members.map(labelOf).find((label) => label !== undefined);
    const other = members.find((id) => labelOf(id) !== undefined && labelOf(id) !== firstLabel);
    if (other) {
      const role = roleOf.get(other)!;
      report(
        [role, entry.record[role].indexOf(other)],
        `Expected the members of a change to be all provinces or all offices, but "${other}" is not of the same kind as "${members.find((id) => labelOf(id) === firstLabel)}".`,
      );
    }

    if (kind !== 'establish' && entry.record.ended.length === 0 && entry.record.continued.length === 0) {
      report(['ended'], `Expected a ${kind} to name the units it changed in "ended" or "continued", but both are empty.`);
    }
    if (entry.record.began.length === 0 && entry.record.continued.length === 0) {
      report(['began'], 'Expected a change to leave some unit after it, in "began" or "continued", but both are empty.');
    }

    if (kind === 'rename') {
      if (entry.record.continued.length !== 1 || members.length !== 1) {
        report(
          ['continued'],
          `Expected a rename to have exactly one member, in "continued", but got ${members.length} member(s), ${entry.record.continued.length} of them continued.`,
        );
      }
      if (flows.length > 0) report(['flows'], `Expected a rename to have no flows, but got ${flows.length}.`);
      for (const [field, value] of [
        ['fromName', fromName],
        ['toName', toName],
      ] as const) {
        if (!value) report([], `Expected a rename to give "${field}", but it is missing.`);
      }
      continue;
    }

    const seen = new Set<string>();
    const out = new Map<string, number[]>();
    const into = new Map<string, number[]>();
    flows.forEach((flow, i) => {
      let known = true;
      for (const end of ['from', 'to'] as const) {
        if (!roleOf.has(flow[end])) {
          report(
            ['flows', i, end],
            `Expected flows to name only members of the change, but "${flow[end]}" is in none of "ended", "began" and "continued".`,
          );
          known = false;
        }
      }
      if (flow.from === flow.to) {
        report(['flows', i], `Expected a flow to go from one member to another, but it goes from "${flow.from}" to itself.`);
        return;
      }
      const pair = `${flow.from} → ${flow.to}`;
      if (seen.has(pair)) report(['flows', i], `Expected one flow from "${flow.from}" to "${flow.to}", but got another one.`);
      seen.add(pair);
      if (!known) return;
      out.set(flow.from, [...(out.get(flow.from) ?? []), i]);
      into.set(flow.to, [...(into.get(flow.to) ?? []), i]);
      const fromRole = roleOf.get(flow.from)!;
      if (flow.extent === 'whole' && fromRole !== 'ended') {
        report(
          ['flows', i, 'extent'],
          `Expected a whole flow to come from a member that ended, but "${flow.from}" ${fromRole === 'began' ? 'began' : 'continued'}.`,
        );
      }
    });

    entry.record.ended.forEach((id, i) => {
      const gone = (out.get(id) ?? []).map((j) => flows[j]!.extent);
      const wholes = gone.filter((extent) => extent === 'whole').length;
      const parts = gone.length - wholes;
      if (!((wholes === 1 && parts === 0) || (wholes === 0 && parts >= 2))) {
        report(
          ['ended', i],
          `Expected "${id}", which ended, to give all its territory away: one whole flow out, or two or more part flows out, but got ${describeFlows(wholes, parts)}.`,
        );
      }
      for (const j of into.get(id) ?? []) {
        report(['flows', j], `Expected "${id}", which ended, to receive no territory, but a flow comes in from "${flows[j]!.from}".`);
      }
    });
    entry.record.began.forEach((id, i) => {
      if ((into.get(id) ?? []).length === 0)
        report(['began', i], `Expected "${id}", which began, to receive territory (a flow in), but none comes to it.`);
      for (const j of out.get(id) ?? []) {
        report(['flows', j], `Expected "${id}", which began, to give no territory away, but a flow goes out to "${flows[j]!.to}".`);
      }
    });
  }
}

function describeFlows(wholes: number, parts: number): string {
  if (wholes === 0 && parts === 0) return 'no flow out';
  const list = [wholes > 0 ? `${wholes} whole` : null, parts > 0 ? `${parts} part` : null].filter(Boolean).join(' and ');
  return `${list} flow${wholes + parts > 1 ? 's' : ''} out`;
}
