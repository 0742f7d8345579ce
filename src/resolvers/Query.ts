import type { QueryResolvers } from '../generated/graphql.js';
import { version } from '../version.js';

export const Query: QueryResolvers = {
  about: async (_root, _args, { repositories }) => ({
    version,
    counts: await repositories.about.countsPerLabel(),
  }),
};
