import type { NodeResolvers } from '../generated/graphql.js';

// Records carry their GraphQL type name from the repository projection.
export const Node: NodeResolvers = {
  __resolveType: (record) => record.__typename,
};
