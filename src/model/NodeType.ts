// The vocabulary every layer shares: each Node type of the API is the Neo4j label of the same name.
// It sits below every folder that uses it (cypher, repositories, loaders, graphql), so none of them
// has to import a layer above it for a list of names.

/** The labels the API exposes as GraphQL types implementing Node (disputes hang off them). */
export const NODE_TYPES = ['Province', 'Change', 'Office', 'Person', 'Tenure', 'Event', 'Source'] as const;
export type NodeType = (typeof NODE_TYPES)[number];
