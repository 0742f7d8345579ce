import { compareHistoricalDates } from '../dates/index.js';
import type { FlowExtent, LineageLinkResolvers, LineageResolvers } from '../generated/graphql.js';
import { toEnum } from '../graphql/toEnum.js';
import { invariant } from '../errors/invariant.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import type { ChangeRecord, ProvinceRecord } from '../repositories/records.js';

const byDate = (edtf: (r: never) => string | null) => (a: never, b: never) => {
  const [x, y] = [toHistoricalDate(edtf(a)), toHistoricalDate(edtf(b))];
  if (!x || !y) return x ? 1 : y ? -1 : 0; // unknown (before 1975) first
  return compareHistoricalDates(x, y);
};

export const Lineage: LineageResolvers = {
  root: async (lineage, _args, { loaders }) => {
    const root = await loaders.province.load(lineage.root);
    invariant(root, `lineage root ${lineage.root} was checked to exist`);
    return root;
  },
  // Every unit in the lineage, root included, oldest first.
  provinces: async (lineage, _args, { loaders }) => {
    const ids = [...new Set([lineage.root, ...lineage.links.flatMap((l) => [l.from, l.to])])];
    const records = (await loaders.province.loadMany(ids)).filter((r): r is ProvinceRecord => r !== null && !(r instanceof Error));
    return records.sort(byDate((p: ProvinceRecord) => p.established) as never);
  },
  changes: async (lineage, _args, { loaders }) => {
    const ids = [...new Set(lineage.links.map((l) => l.change))];
    const records = (await loaders.change.loadMany(ids)).filter((r): r is ChangeRecord => r !== null && !(r instanceof Error));
    return records.sort(byDate((c: ChangeRecord) => c.date) as never);
  },
};

export const LineageLink: LineageLinkResolvers = {
  from: async (link, _args, { loaders }) => (await loaders.province.load(link.from))!,
  change: async (link, _args, { loaders }) => (await loaders.change.load(link.change))!,
  to: async (link, _args, { loaders }) => (await loaders.province.load(link.to))!,
  extent: (link) => toEnum<FlowExtent>(link.extent),
};
