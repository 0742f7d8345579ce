import type { EventKind, EventResolvers } from '../generated/graphql.js';
import { toEnum } from '../graphql/toEnum.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import { loadEntities } from '../loaders/loadEntity.js';
import { entityFields } from './entityFields.js';

export const Event: EventResolvers = {
  ...entityFields('Event'),
  kind: (e) => toEnum<EventKind>(e.kind),
  date: (e) => toHistoricalDate(e.date)!,
  subjects: (e, _args, { loaders }) => loadEntities(loaders, e.subjects),
};
