import type { EntityLabel } from './schemaQueries.js';


// Batched writes of the seed loader. MERGE on the unique id makes every batch idempotent: a load
// killed midway and run again ends with the same graph as one uninterrupted run. `SET n = …`
// replaces all properties, so a corrected record never keeps a stale value.

// `dateKeys` name the properties that arrive as ISO text and are stored as DATEs (the loader sends
// them as text: the driver packs strings much faster than temporal values). Keys come from
// toGraphRows, never from user input; they are quoted all the same.
export const mergeNodes = (label: EntityLabel, dateKeys: readonly string[] = []) => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET n = row.props, n.dataset = $dataset, n.loadStamp = $stamp${dateKeys
  .map((key) => `, n.\`${key.replaceAll('`', '``')}\` = date(row.props.\`${key.replaceAll('`', '``')}\`)`)
  .join('')}
SET n:Entity`;

// Endpoints are found through :Entity(id), so one query per relationship type serves every pair
// of labels: fewer distinct queries for Neo4j to plan, and fewer, larger batches.
export const mergeRelationships = (type: string) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
SET r = row.props, r.dataset = $dataset, r.loadStamp = $stamp`;

// Whatever this dataset loaded before and the current files no longer hold (a removed record, a
// corrected "before" list) is deleted after the new load is complete, never before.
export const DELETE_STALE_RELATIONSHIPS = `
MATCH (:Entity {dataset: $dataset})-[r]->(:Entity)
WHERE r.dataset = $dataset AND r.loadStamp <> $stamp
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

export const DELETE_STALE_NODES = `
MATCH (n:Entity {dataset: $dataset})
WHERE n.loadStamp <> $stamp
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

export const RECORD_LOAD = `
MERGE (m:SeedLoad {dataset: $dataset})
SET m.stamp = $stamp, m.loadedAt = datetime(), m.nodes = $nodes, m.relationships = $relationships`;

export const LAST_LOAD = `
OPTIONAL MATCH (m:SeedLoad {dataset: $dataset})
RETURN m.stamp AS stamp`;
