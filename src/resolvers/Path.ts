import type { PathResolvers } from '../generated/graphql.js';

// Path nodes, relationship ends and search hits arrive as whole records from their one query
// (src/cypher/graphQueries.ts): the default resolvers read them.
export const Path: PathResolvers = {
  length: (path) => path.relationships.length,
};
