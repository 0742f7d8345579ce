import type { Gender, PersonResolvers } from '../generated/graphql.js';
import { toEnum } from '../graphql/toEnum.js';
import { entityFields } from './entityFields.js';
import { timelineOf } from './timelineOf.js';

export const Person: PersonResolvers = {
  ...entityFields('Person'),
  gender: (p) => (p.gender ? toEnum<Gender>(p.gender) : null),
  externalIds: (p, _args, { loaders }) => loaders.externalIds.load(p.id),
  tenures: (p, _args, { loaders }) => loaders.tenuresByPerson.load(p.id),
  events: (p, _args, { loaders }) => loaders.eventsBySubject.load(p.id),
  timeline: (p, args, context) => timelineOf(p, args, context),
};
