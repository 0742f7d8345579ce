import type { PathRelationshipResolvers, PathResolvers, SearchHitResolvers } from '../generated/graphql.js';
import { loadEntities, loadEntity } from '../loaders/loadEntity.js';

export const Path: PathResolvers = {
  length: (path) => path.relationships.length,
  nodes: (path, _args, { loaders }) => loadEntities(loaders, path.nodes),
};

export const PathRelationship: PathRelationshipResolvers = {
  from: async (rel, _args, { loaders }) => (await loadEntity(loaders, rel.from))!,
  to: async (rel, _args, { loaders }) => (await loadEntity(loaders, rel.to))!,
};

export const SearchHit: SearchHitResolvers = {
  node: async (hit, _args, { loaders }) => (await loadEntity(loaders, hit.node))!,
};
