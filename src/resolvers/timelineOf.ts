import type { Context } from '../context.js';
import type { HistoricalDate } from '../dates/index.js';
import { invariant } from '../errors/invariant.js';
import type { OfficeRecord, PersonRecord, ProvinceRecord } from '../repositories/records.js';
import { buildTimeline } from '../timeline/buildTimeline.js';
import type { TimelineEntry, TimelineEntryKind } from '../timeline/TimelineEntry.js';

export interface TimelineArgs {
  from?: HistoricalDate | null;
  to?: HistoricalDate | null;
  kinds?: readonly TimelineEntryKind[] | null;
}

/**
 * Fetches what a subject's story needs in one batched round trip (a list of provinces asking for
 * their timelines shares it) and hands it to the pure buildTimeline.
 */
export async function timelineOf(
  subject: ProvinceRecord | OfficeRecord | PersonRecord,
  args: TimelineArgs,
  { loaders }: Context,
): Promise<TimelineEntry[]> {
  const facts = await loaders.timelineFacts.load(subject.id);
  invariant(facts, `timeline facts of ${subject.id}, which was just loaded`);
  const named = [subject, ...facts.offices, ...facts.related];
  const names = new Map(named.flatMap((r) => ('name' in r && r.name ? [[r.id, r.name] as const] : [])));
  return buildTimeline(
    { subject, changes: facts.changes, offices: facts.offices, tenures: facts.tenures, events: facts.events, names },
    { from: args.from ?? null, to: args.to ?? null, kinds: args.kinds ?? null },
  );
}
