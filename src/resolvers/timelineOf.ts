import type { Context } from '../context.js';
import type { HistoricalDate } from '../dates/index.js';
import type { OfficeRecord, PersonRecord, ProvinceRecord, TenureRecord } from '../repositories/records.js';
import { buildTimeline } from '../timeline/buildTimeline.js';
import type { TimelineEntry, TimelineEntryKind } from '../timeline/TimelineEntry.js';

export interface TimelineArgs {
  from?: HistoricalDate | null;
  to?: HistoricalDate | null;
  kinds?: readonly TimelineEntryKind[] | null;
}

/**
 * Gathers what a subject's story needs through the loaders (batched: a list of provinces asking
 * for their timelines costs the same few round trips as one) and hands it to buildTimeline.
 */
export async function timelineOf(
  subject: ProvinceRecord | OfficeRecord | PersonRecord,
  args: TimelineArgs,
  { loaders }: Context,
): Promise<TimelineEntry[]> {
  const isProvince = subject.__typename === 'Province';
  const [changes, offices, personTenures] = await Promise.all([
    isProvince ? loaders.changesByProvince.load(subject.id) : [],
    isProvince ? loaders.officesByProvince.load(subject.id) : [],
    subject.__typename === 'Person' ? loaders.tenuresByPerson.load(subject.id) : [],
  ]);
  const places = subject.__typename === 'Person' ? [] : [subject.id, ...offices.map((o) => o.id)];
  const [placeTenures, events] = await Promise.all([
    Promise.all(places.map((id) => loaders.tenuresByPlace.load(id))).then((lists) => lists.flat()),
    Promise.all([subject.id, ...offices.map((o) => o.id)].map((id) => loaders.eventsBySubject.load(id))).then((lists) =>
      lists.flat(),
    ),
  ]);
  const tenures: TenureRecord[] = [...personTenures, ...placeTenures];

  // Names for the labels: the units before and after each change, the people and places of tenures.
  const provinceIds = [...new Set(changes.flatMap((c) => [...c.before, ...c.after]))];
  const [provinces, people, tenurePlaces] = await Promise.all([
    loaders.province.loadMany(provinceIds),
    loaders.person.loadMany([...new Set(tenures.map((t) => t.personId))]),
    Promise.all(tenures.map((t) => (t.atLabel === 'Office' ? loaders.office.load(t.atId) : loaders.province.load(t.atId)))),
  ]);
  const names = new Map<string, string>();
  for (const record of [...provinces, ...people, ...tenurePlaces, ...offices]) {
    if (record && !(record instanceof Error)) names.set(record.id, record.name);
  }

  return buildTimeline(
    { subject, changes, offices, tenures, events, names },
    { from: args.from ?? null, to: args.to ?? null, kinds: args.kinds ?? null },
  );
}
