import type { EntityLabel } from './schemaQueries.js';
import type { Statement } from './Statement.js';

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

const MERGE_NODES = (label: EntityLabel, dateKeys: readonly string[]) => `
UNWIND $rows AS props
MERGE (n:${label} {id: props.id})
${setRowProperties(dateKeys)}
SET n:Entity`;

const CREATE_NODES = (label: EntityLabel, dateKeys: readonly string[]) => `
UNWIND $rows AS props
CREATE (n:${label}:Entity)
${setRowProperties(dateKeys)}`;

/** Which of `$ids` already have a node of this label: those rows MERGE, the others CREATE. */
const EXISTING_IDS = (label: EntityLabel) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN collect(n.id) AS ids`;

// Endpoints are found through :Entity(id), so one query per relationship type serves every pair
// of labels: fewer distinct queries for Neo4j to plan, and fewer, larger batches.
const MERGE_RELATIONSHIPS = (type: string) => `
UNWIND $rows AS row
WITH row, row.props AS props
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
SET r = props {.*, dataset: $dataset, loadStamp: $stamp}`;

/** For rows with at least one end created by this load: no such relationship can exist yet. */
const CREATE_RELATIONSHIPS = (type: string) => `
UNWIND $rows AS row
WITH row, row.props AS props
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = props {.*, dataset: $dataset, loadStamp: $stamp}`;

// Whatever this dataset loaded before and the current files no longer hold (a removed record, a
// corrected "before" list) is deleted after the new load is complete, never before.
const DELETE_STALE_RELATIONSHIPS = `
MATCH (:Entity {dataset: $dataset})-[r]->(:Entity)
WHERE r.dataset = $dataset AND r.loadStamp <> $stamp
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

const DELETE_STALE_NODES = `
MATCH (n:Entity {dataset: $dataset})
WHERE n.loadStamp <> $stamp
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;

const RECORD_LOAD = `
MERGE (m:SeedLoad {dataset: $dataset})
SET m.stamp = $stamp, m.loadedAt = datetime(), m.nodes = $nodes, m.relationships = $relationships`;

/** The dataset name of the graph loaded from seeds/ (a synthetic benchmark graph has its own). */
export const SEEDS_DATASET = 'seeds';

const LAST_LOAD = `
OPTIONAL MATCH (m:SeedLoad {dataset: $dataset})
RETURN m.stamp AS stamp`;

/** Which load writes: stale cleanup stays inside `dataset`, and `stamp` marks what this load wrote. */
export interface LoadMark {
  readonly dataset: string;
  readonly stamp: string;
}

export const existingIds = (label: EntityLabel, ids: readonly string[]): Statement => ({ cypher: EXISTING_IDS(label), params: { ids } });

export const createNodes = (label: EntityLabel, dateKeys: readonly string[], rows: readonly object[], mark: LoadMark): Statement => ({
  cypher: CREATE_NODES(label, dateKeys),
  params: { ...mark, rows },
});

export const mergeNodes = (label: EntityLabel, dateKeys: readonly string[], rows: readonly object[], mark: LoadMark): Statement => ({
  cypher: MERGE_NODES(label, dateKeys),
  params: { ...mark, rows },
});

export const createRelationships = (type: string, rows: readonly object[], mark: LoadMark): Statement => ({
  cypher: CREATE_RELATIONSHIPS(type),
  params: { ...mark, rows },
});

export const mergeRelationships = (type: string, rows: readonly object[], mark: LoadMark): Statement => ({
  cypher: MERGE_RELATIONSHIPS(type),
  params: { ...mark, rows },
});

export const deleteStaleRelationships = (mark: LoadMark): Statement => ({ cypher: DELETE_STALE_RELATIONSHIPS, params: { ...mark } });

export const deleteStaleNodes = (mark: LoadMark): Statement => ({ cypher: DELETE_STALE_NODES, params: { ...mark } });

export const recordLoad = (mark: LoadMark, counts: { nodes: number; relationships: number }): Statement => ({
  cypher: RECORD_LOAD,
  params: { ...mark, ...counts },
});

export const lastLoad = (dataset: string): Statement => ({ cypher: LAST_LOAD, params: { dataset } });
