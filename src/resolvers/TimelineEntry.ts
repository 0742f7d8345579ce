import type { TimelineEntryResolvers } from '../generated/graphql.js';
import { loadEntities } from '../loaders/loadEntity.js';

export const TimelineEntry: TimelineEntryResolvers = {
  subjects: (entry, _args, { loaders }) => loadEntities(loaders, entry.subjects),
  sources: (entry, _args, { loaders }) => loaders.citations.load(entry.citedBy),
};
