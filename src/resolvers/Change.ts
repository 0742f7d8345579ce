import type { ChangeDateKind, ChangeKind, ChangeResolvers, FlowExtent, FlowResolvers } from '../generated/graphql.js';
import { invariant } from '../errors/invariant.js';
import { toEnum } from '../graphql/toEnum.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import type { EntityRecord, ProvinceRecord, SourceRecord } from '../repositories/records.js';
import { entityFields } from './entityFields.js';

const present = <T>(records: ReadonlyArray<T | Error | null>) => records.filter((r): r is T => r !== null && !(r instanceof Error));

export const Change: ChangeResolvers = {
  ...entityFields('Change'),
  kind: (c) => toEnum<ChangeKind>(c.kind),
  date: (c) => toHistoricalDate(c.date)!,
  effectiveDate: (c) => toHistoricalDate(c.effectiveDate),
  operatingDate: (c) => toHistoricalDate(c.operatingDate),
  matchedDates: (c) => (c.matchedDates ? c.matchedDates.map((d) => d as ChangeDateKind) : null),
  before: async (c, _args, { loaders }) => present<ProvinceRecord>(await loaders.province.loadMany(c.before)),
  after: async (c, _args, { loaders }) => present<ProvinceRecord>(await loaders.province.loadMany(c.after)),
  ended: async (c, _args, { loaders }) => present<EntityRecord>(await loaders.entity.loadMany(c.ended)),
  began: async (c, _args, { loaders }) => present<EntityRecord>(await loaders.entity.loadMany(c.began)),
  continued: async (c, _args, { loaders }) => present<EntityRecord>(await loaders.entity.loadMany(c.continued)),
  flows: (c) => [...c.flows],
};

export const Flow: FlowResolvers = {
  from: async (f, _args, { loaders }) => {
    const record = await loaders.entity.load(f.from);
    invariant(record, `flow source ${f.from} exists (FLOWED joins two nodes)`);
    return record;
  },
  to: async (f, _args, { loaders }) => {
    const record = await loaders.entity.load(f.to);
    invariant(record, `flow target ${f.to} exists (FLOWED joins two nodes)`);
    return record;
  },
  extent: (f) => toEnum<FlowExtent>(f.extent),
  change: async (f, _args, { loaders }) => {
    const record = await loaders.change.load(f.change);
    invariant(record, `the change ${f.change} of a flow exists`);
    return record;
  },
  sources: async (f, _args, { loaders }) => present<SourceRecord>(await loaders.source.loadMany(f.sources)),
};
