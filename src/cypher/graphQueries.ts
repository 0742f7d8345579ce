// Traversals over the whole graph: lineage, shortest paths and name search.

/**
 * One arrow of lineage: a unit that went into a change, and a unit the change created. Units that
 * only continued through a change (a rename, a boundary transfer) are not created by it, so
 * lineage never loops through them. The depth is a validated integer inlined into the pattern,
 * since Cypher takes no parameter for quantifier bounds.
 */
export const lineageLinks = (direction: 'PREDECESSORS' | 'SUCCESSORS', maxDepth: number) => {
  const step =
    direction === 'PREDECESSORS'
      ? '(()<-[:RESULTED_IN {created: true}]-(:Change)<-[:CHANGED_IN]-(:Province))'
      : '(()-[:CHANGED_IN]->(:Change)-[:RESULTED_IN {created: true}]->(:Province))';
  const [from, to] = direction === 'PREDECESSORS' ? ['ns[i + 2]', 'ns[i]'] : ['ns[i]', 'ns[i + 2]'];
  return `
MATCH path = (:Province {id: $id}) ${step}{1,${maxDepth}}
WITH nodes(path) AS ns
UNWIND range(0, size(ns) - 3, 2) AS i
RETURN DISTINCT ${from}.id AS from, ns[i + 1].id AS change, ${to}.id AS to`;
};

const HISTORICAL = 'CHANGED_IN|RESULTED_IN|OFFICE_OF|HELD|AT|ABOUT';

/** All shortest paths between two entities over historical relationships (and citations, if asked). */
export const shortestPaths = (maxHops: number, viaSources: boolean) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[:${viaSources ? `${HISTORICAL}|ATTESTED_BY` : HISTORICAL}*..${maxHops}]-(b))
WITH path LIMIT $limit
RETURN [x IN nodes(path) | { id: x.id, type: [l IN labels(x) WHERE l <> 'Entity'][0] }] AS nodes,
       [r IN relationships(path) | { type: type(r), from: startNode(r).id, to: endNode(r).id }] AS relationships`;

/** Ranked name search over the full-text index (query already folded and escaped). */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query, { limit: $candidates }) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS type
WHERE $types IS NULL OR type IN $types
RETURN node.id AS id, type, score
ORDER BY score DESC, node.sortName, node.id
LIMIT $limit`;
