import { CHANGE, CITED_SOURCE, entityRecordOf, EVENT, FLOW, OFFICE, OFFICE_ORDER, PROVINCE, TENURE, TENURE_ORDER } from './projections.js';

/**
 * Entities of any label by id, in one query: every by-id lookup of a request level (a province
 * here, a person and an event there) shares one round trip. Each branch projects its own label.
 */
export const ENTITIES_BY_IDS = `
MATCH (n:Entity) WHERE n.id IN $ids
${entityRecordOf('n')}
RETURN record`;

/** Citations of each entity, in the order the seed lists them, each Source with its quote. */
export const CITATIONS_BY_OWNER = `
MATCH (x:Entity)-[r:ATTESTED_BY]->(n:Source) WHERE x.id IN $ids
RETURN x.id AS owner, n ${CITED_SOURCE} AS record
ORDER BY owner, r.position`;

export const DISPUTES_BY_OWNER = `
MATCH (d:Dispute)-[:DISPUTES]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, d { .field, .value, .note,
  sources: COLLECT { MATCH (d)-[r:ATTESTED_BY]->(n:Source)
    RETURN n ${CITED_SOURCE} ORDER BY r.position } } AS record
ORDER BY owner, d.id`;

export const OFFICES_BY_PROVINCE = `
MATCH (n:Office)-[:OFFICE_OF]->(p:Province) WHERE p.id IN $ids
RETURN p.id AS owner, n ${OFFICE} AS record
ORDER BY owner, ${OFFICE_ORDER}`;

/** Tenures held at offices or provincial bodies, ordered by start (unknown starts last). */
export const TENURES_BY_PLACE = `
MATCH (n:Tenure)-[:AT]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, n ${TENURE} AS record
ORDER BY owner, ${TENURE_ORDER}`;

export const TENURES_BY_PERSON = `
MATCH (p:Person)-[:HELD]->(n:Tenure) WHERE p.id IN $ids
RETURN p.id AS owner, n ${TENURE} AS record
ORDER BY owner, ${TENURE_ORDER}`;

/**
 * Provinces whose name or another name is, folded, exactly $name ("vinh long"), with their legal
 * and operating DEFINITE spans, for `province(name:, on:)`. searchText holds the folded names
 * joined by " · " (toGraphRows.ts).
 */
export const PROVINCES_NAMED = `
MATCH (n:Province) WHERE $name IN split(n.searchText, ' · ')
RETURN n ${PROVINCE} AS record,
  { legalDefiniteFrom: toString(n.legalDefiniteFrom), legalDefiniteUntil: toString(n.legalDefiniteUntil),
    operatingDefiniteFrom: toString(n.operatingDefiniteFrom), operatingDefiniteUntil: toString(n.operatingDefiniteUntil) } AS spans
ORDER BY coalesce(n.establishedEarliest, date('0001-01-01')), n.id`;

/** Every change a unit took part in, before or after, in order of the legal act. */
export const CHANGES_BY_PROVINCE = `
MATCH (p:Province)-[:CHANGED_IN|RESULTED_IN]-(n:Change) WHERE p.id IN $ids
WITH DISTINCT p, n
RETURN p.id AS owner, n ${CHANGE} AS record
ORDER BY owner, n.dateEarliest, n.id`;

/** Units whose territory flowed into this one (whole or part): its immediate predecessors. */
export const PREDECESSORS_BY_PROVINCE = `
MATCH (q:Province)<-[:FLOWED]-(n:Province) WHERE q.id IN $ids
WITH DISTINCT q, n
RETURN q.id AS owner, n ${PROVINCE} AS record
ORDER BY owner, n.sortName, n.id`;

/** Units that received this one's territory (whole or part): its immediate successors. */
export const SUCCESSORS_BY_PROVINCE = `
MATCH (p:Province)-[:FLOWED]->(n:Province) WHERE p.id IN $ids
WITH DISTINCT p, n
RETURN p.id AS owner, n ${PROVINCE} AS record
ORDER BY owner, n.sortName, n.id`;

/** Flows into each entity, in the order of their changes. */
export const FLOWS_INTO = `
MATCH (t_:Entity)<-[r_:FLOWED]-(f_:Entity) WHERE t_.id IN $ids
MATCH (c_:Change {id: r_.change})
RETURN t_.id AS owner, ${FLOW} AS record
ORDER BY owner, c_.dateEarliest, c_.id, r_.position`;

/** Flows out of each entity, in the order of their changes. */
export const FLOWS_OUT_OF = `
MATCH (f_:Entity)-[r_:FLOWED]->(t_:Entity) WHERE f_.id IN $ids
MATCH (c_:Change {id: r_.change})
RETURN f_.id AS owner, ${FLOW} AS record
ORDER BY owner, c_.dateEarliest, c_.id, r_.position`;

export const EVENTS_BY_SUBJECT = `
MATCH (n:Event)-[:ABOUT]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, n ${EVENT} AS record
ORDER BY owner, n.dateEarliest, n.id`;
