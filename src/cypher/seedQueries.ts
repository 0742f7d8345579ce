import type { EntityLabel } from './schemaQueries.js';


// Batched writes of the seed loader. MERGE on the unique id makes every batch idempotent: a load
// killed midway and run again ends with the same graph as one uninterrupted run. `SET n = …`
// replaces all properties, so a corrected record never keeps a stale value.
//
// Rows whose id is not in the graph yet take the CREATE statements instead (src/seed/loadGraphRows.ts
// finds them in the same transaction): a MERGE first searches, and under concurrent batches its
// search locks the index entry; CREATE does neither, and a relationship with a newly created end
// cannot exist yet, so it needs no Expand(Into) over a dense Source's relationships either.

// `dateKeys` name the properties that arrive as ISO text and are stored as DATEs (the loader sends
// them as text: the driver packs strings much faster than temporal values). Keys come from
// toGraphRows, never from user input; they are quoted all the same.
const quoted = (key: string) => `\`${key.replaceAll('`', '``')}\``;
// Node rows arrive as their property maps alone (which hold the id): one map per row, with no
// wrapper, is the cheapest shape for the driver to pack and for Neo4j to unpack.
// One map, built from the row alone, replaces every property at once: separate SETs of n's own
// properties after `SET n = row.props` made Neo4j plan an Eager (a full copy of the batch) between
// them. A date key missing from a row maps to null, which `SET n = map` skips, as before.
const setRowProperties = (dateKeys: readonly string[]) =>
  `SET n = props {.*, dataset: $dataset, loadStamp: $stamp${dateKeys
    .map((key) => `, ${quoted(key)}: date(props.${quoted(key)})`)
    .join('')}}`;

export const mergeNodes = (label: EntityLabel, dateKeys: readonly string[] = []) => `
UNWIND $rows AS props
MERGE (n:${label} {id: props.id})
${setRowProperties(dateKeys)}
SET n:Entity`;

export const createNodes = (label: EntityLabel, dateKeys: readonly string[] = []) => `
UNWIND $rows AS props
CREATE (n:${label}:Entity)
${setRowProperties(dateKeys)}`;

/** Which of `$ids` already have a node of this label: those rows MERGE, the others CREATE. */
export const existingIds = (label: EntityLabel) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN collect(n.id) AS ids`;

// Endpoints are found through :Entity(id), so one query per relationship type serves every pair
// of labels: fewer distinct queries for Neo4j to plan, and fewer, larger batches.
export const mergeRelationships = (type: string) => `
UNWIND $rows AS row
WITH row, row.props AS props
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
SET r = props {.*, dataset: $dataset, loadStamp: $stamp}`;

/** For rows with at least one end created by this load: no such relationship can exist yet. */
export const createRelationships = (type: string) => `
UNWIND $rows AS row
WITH row, row.props AS props
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = props {.*, dataset: $dataset, loadStamp: $stamp}`;

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

// A load in progress is marked before its first batch and unmarked after its last statement: a
// load killed in between leaves the mark, so the API and /ready say the graph is incomplete, and
// the next start loads again (issue 9). A stamp alone could not tell: it is written only at the end.
export const BEGIN_LOAD = `
MERGE (m:SeedLoad {dataset: $dataset})
SET m.loadingSince = datetime()`;

export const END_LOAD = `
MATCH (m:SeedLoad {dataset: $dataset})
REMOVE m.loadingSince`;

export const LOAD_IN_PROGRESS = `
OPTIONAL MATCH (m:SeedLoad {dataset: $dataset})
RETURN toString(m.loadingSince) AS since`;
