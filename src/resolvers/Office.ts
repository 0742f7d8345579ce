import type { OfficeKind, OfficeLevel, OfficeResolvers } from '../generated/graphql.js';
import { pageWindow } from '../graphql/pagination.js';
import { toEnum } from '../graphql/toEnum.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import { entityFields } from './entityFields.js';
import { officeHolders } from './officeHolders.js';
import { officeLineage } from './officeLineage.js';
import { timelineOf } from './timelineOf.js';
import { whenLoaded } from '../loaders/RequestLoader.js';

export const Office: OfficeResolvers = {
  ...entityFields('Office'),
  kind: (o) => toEnum<OfficeKind>(o.kind),
  level: (o) => toEnum<OfficeLevel>(o.level),
  province: (o, _args, { loaders }) => (o.provinceId ? loaders.province.load(o.provinceId) : null),
  established: (o) => toHistoricalDate(o.established),
  dissolved: (o) => toHistoricalDate(o.dissolved),
  flowsIn: (o, _args, { loaders }) => loaders.flowsInto.load(o.id),
  flowsOut: (o, _args, { loaders }) => loaders.flowsOutOf.load(o.id),
  traditionDay: (o) => {
    const match = o.traditionDay ? /^--(\d{2})-(\d{2})$/.exec(o.traditionDay) : null;
    return match ? { month: Number(match[1]), day: Number(match[2]) } : null;
  },
  tenures: (o, args, { loaders }) => {
    const window = pageWindow(args);
    return whenLoaded(loaders.tenuresByPlace.load(o.id), (all) => ({
      totalCount: all.length,
      offset: window.offset,
      items: all.slice(window.offset, window.offset + window.limit),
    }));
  },
  holders: async (o, { on, certainty }, { loaders }) => officeHolders(o, await loaders.tenuresByPlace.load(o.id), on.earliest, certainty),
  lineage: (o, { direction, maxDepth }, context) => officeLineage(o, direction, maxDepth, context),
  events: (o, _args, { loaders }) => loaders.eventsBySubject.load(o.id),
  timeline: (o, args, context) => timelineOf(o, args, context),
};
