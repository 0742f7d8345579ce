import type { ChangeKind, ChangeResolvers } from '../generated/graphql.js';
import { toEnum } from '../graphql/toEnum.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import type { ProvinceRecord } from '../repositories/records.js';
import { entityFields } from './entityFields.js';

const present = (records: ReadonlyArray<ProvinceRecord | Error | null>) =>
  records.filter((r): r is ProvinceRecord => r !== null && !(r instanceof Error));

export const Change: ChangeResolvers = {
  ...entityFields('Change'),
  kind: (c) => toEnum<ChangeKind>(c.kind),
  date: (c) => toHistoricalDate(c.date)!,
  effectiveDate: (c) => toHistoricalDate(c.effectiveDate),
  before: async (c, _args, { loaders }) => present(await loaders.province.loadMany(c.before)),
  after: async (c, _args, { loaders }) => present(await loaders.province.loadMany(c.after)),
};
