import { inSpan } from '../dates/index.js';
import type { ProvinceKind, ProvinceResolvers } from '../generated/graphql.js';
import { fromEnum, toEnum } from '../graphql/toEnum.js';
import { pageWindow } from '../graphql/pagination.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import { entityFields } from './entityFields.js';
import { timelineOf } from './timelineOf.js';
import { whenLoaded } from '../loaders/RequestLoader.js';

export const Province: ProvinceResolvers = {
  ...entityFields('Province'),
  kind: (p) => toEnum<ProvinceKind>(p.kind),
  established: (p) => toHistoricalDate(p.established),
  dissolved: (p) => toHistoricalDate(p.dissolved),
  externalIds: (p, _args, { loaders }) => loaders.externalIds.load(p.id),
  reestablishes: async (p, _args, { loaders }) => (p.reestablishes ? loaders.province.load(p.reestablishes) : null),
  operatingEstablished: (p) => toHistoricalDate(p.operatingEstablished),
  operatingDissolved: (p) => toHistoricalDate(p.operatingDissolved),
  flowsIn: (p, _args, { loaders }) => loaders.flowsInto.load(p.id),
  flowsOut: (p, _args, { loaders }) => loaders.flowsOutOf.load(p.id),
  predecessors: (p, _args, { loaders }) => loaders.predecessors.load(p.id),
  successors: (p, _args, { loaders }) => loaders.successors.load(p.id),
  changes: (p, _args, { loaders }) => loaders.changesByProvince.load(p.id),
  // Synchronous when the page's statement brought the offices (RequestLoader): no promise per unit.
  offices: (p, args, { loaders }) => {
    // Checked before any load: a bad `first` is the client's error, whatever the load does.
    const window = pageWindow(args);
    return whenLoaded(loaders.officesByProvince.load(p.id), (offices) => {
      const all = offices.filter((office) => !args.kind || office.kind === fromEnum(args.kind));
      const day = args.asOf?.earliest;
      // The office's stored DEFINITE span on the asked basis: the same one offices(asOf:) reads.
      const basis = args.basis === 'OPERATING' ? 'operating' : 'legal';
      const open = day
        ? all.filter((o) =>
            inSpan(o[`${basis}DefiniteFrom`] ? { from: o[`${basis}DefiniteFrom`]!, until: o[`${basis}DefiniteUntil`] } : null, day),
          )
        : all;
      return { totalCount: open.length, offset: window.offset, items: open.slice(window.offset, window.offset + window.limit) };
    });
  },
  timeline: (p, args, context) => timelineOf(p, args, context),
};
