import { textCache } from './textCache.js';
import { neo4jInt } from './neo4jInt.js';
import { NODE_TYPES, type NodeType } from '../model/NodeType.js';
import type { RecordFields } from '../model/RecordFields.js';
import { entityRecordOf, projectionOf } from './projections.js';
import type { Statement } from './Statement.js';

// Traversals over the whole graph: lineage, shortest paths and name search. Each answers in one
// round trip, records included: the resolvers hand those to the loaders, so fields of the nodes
// found cost no further query.

export type LineageDirection = 'PREDECESSORS' | 'SUCCESSORS';

/**
 * One arrow of lineage: a flow of territory (FLOWED) from one unit to another at a change. A walk
 * keeps to time's order, each step at a change no later (walking back) or no earlier (walking
 * forward) than the step before, so territory that went back and forth between two units that
 * both continued (huyện Mê Linh, 1978 and 1991) does not make a unit its own ancestor. The depth
 * is a validated integer inlined into the pattern, since Cypher takes no parameter for
 * quantifier bounds.
 */
const lineageBranch = (direction: LineageDirection, maxDepth: number) => {
  const step = direction === 'PREDECESSORS' ? '<-[:FLOWED]-(:Province)' : '-[:FLOWED]->(:Province)';
  const order = direction === 'PREDECESSORS' ? '>=' : '<=';
  return `MATCH path = (root) (()${step}){1,${maxDepth}}
    WITH path, [r IN relationships(path) | r.when] AS whens
    WHERE all(i IN range(0, size(whens) - 2) WHERE whens[i] ${order} whens[i + 1])
    UNWIND relationships(path) AS r
    WITH DISTINCT r
    MATCH (change:Change {id: r.change})
    RETURN startNode(r) AS from, change, endNode(r) AS to, r.extent AS extent, coalesce(r.parts, []) AS parts`;
};

/**
 * A unit's lineage in the asked directions: its links (distinct arrows) with every unit and change
 * on them projected. No row when no Province has the id.
 */
const lineageCypher = (directions: readonly LineageDirection[], maxDepth: number, fields: RecordFields) => `
MATCH (root:Province {id: $id})
CALL (root) {
  CALL (root) {
    ${directions.map((direction) => lineageBranch(direction, maxDepth)).join('\n    UNION\n    ')}
  }
  RETURN collect({ from: from, change: change, to: to, extent: extent, parts: parts }) AS links
}
CALL (root, links) {
  UNWIND [root] + [l IN links | l.from] + [l IN links | l.to] AS n
  WITH DISTINCT n
  RETURN collect(n ${projectionOf('Province', fields)}) AS provinces
}
CALL (links) {
  UNWIND [l IN links | l.change] AS n
  WITH DISTINCT n
  RETURN collect(n ${projectionOf('Change', fields)}) AS changes
}
RETURN [l IN links | { from: l.from.id, change: l.change.id, to: l.to.id, extent: l.extent, parts: l.parts }] AS links,
  provinces, changes`;

const HISTORICAL = 'CHANGED_IN|RESULTED_IN|FLOWED|OFFICE_OF|HELD|AT|ABOUT';

/**
 * All shortest paths between two entities over historical relationships (and citations, if
 * asked), each as node ids and relationships, with every node on them projected once. No row when
 * either end is missing or nothing connects them.
 */
const shortestPathsCypher = (maxHops: number, viaSources: boolean, fields: RecordFields) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[:${viaSources ? `${HISTORICAL}|ATTESTED_BY` : HISTORICAL}*..${maxHops}]-(b))
WITH path LIMIT $limit
WITH collect(path) AS paths
CALL (paths) {
  UNWIND paths AS path
  UNWIND nodes(path) AS x
  WITH DISTINCT x
  ${entityRecordOf('x', fields)}
  RETURN collect(record) AS records
}
UNWIND paths AS path
RETURN [x IN nodes(path) | x.id] AS nodes,
       [r IN relationships(path) | { type: type(r), from: startNode(r).id, to: endNode(r).id }] AS relationships,
       records`;

// Ranked name search over the full-text index (query already folded and escaped). The index
// answers before the type filter, so it is asked for enough candidates to fill the page.
const SEARCH_HITS = `
CALL db.index.fulltext.queryNodes('entity_search_v2', $query, { limit: $candidates }) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS type
WHERE $types IS NULL OR type IN $types
WITH node, score ORDER BY score DESC, node.sortName, node.id LIMIT $limit`;

/**
 * Search hits with their records, for `search`. A search of one type projects that type alone,
 * without its name (the repository adds it): no union over every label, no type name per hit.
 */
const searchCypher = (fields: RecordFields, only: NodeType | null) => `${SEARCH_HITS}
${
  only
    ? `WITH node, score, node AS n
WITH node, score, n ${projectionOf(only, fields)} AS record`
    : entityRecordOf('node', fields)
}
RETURN score, record
ORDER BY score DESC, node.sortName, node.id`;
const searchTextOf = textCache();
const lineageTextOf = textCache();

/** The one type a search asks for, when it asks for exactly one. */
export const searchedType = (types: readonly string[] | null): NodeType | null =>
  types?.length === 1 && (NODE_TYPES as readonly string[]).includes(types[0]!) ? (types[0] as NodeType) : null;

/** Only the ids of the hits, for the `search` filter of lists (up to a thousand of them). */
const SEARCH_IDS = `${SEARCH_HITS}
RETURN node.id AS id`;

export const lineage = (id: string, directions: readonly LineageDirection[], maxDepth: number, fields: RecordFields): Statement => ({
  cypher: lineageTextOf(fields, `${directions.join()}|${maxDepth}`, () => lineageCypher(directions, maxDepth, fields)),
  params: { id },
});

export const shortestPaths = (
  from: string,
  to: string,
  options: { maxHops: number; viaSources: boolean; limit: number },
  fields: RecordFields,
): Statement => ({
  cypher: shortestPathsCypher(options.maxHops, options.viaSources, fields),
  params: { from, to, limit: neo4jInt(options.limit) },
});

const searchParams = (query: string, types: readonly string[] | null, limit: number) => ({
  query,
  types,
  limit: neo4jInt(limit),
  // The index answers before the type filter: ask it for enough candidates to fill the page.
  candidates: neo4jInt(types ? limit * 20 : limit),
});

/** `query` is already folded and escaped for the full-text index (src/text/toFullTextQuery.ts). */
export const search = (query: string, types: readonly string[] | null, limit: number, fields: RecordFields): Statement => {
  const only = searchedType(types);
  return { cypher: searchTextOf(fields, only ?? '*', () => searchCypher(fields, only)), params: searchParams(query, types, limit) };
};

export const searchIds = (query: string, types: readonly string[] | null, limit: number): Statement => ({
  cypher: SEARCH_IDS,
  params: searchParams(query, types, limit),
});
