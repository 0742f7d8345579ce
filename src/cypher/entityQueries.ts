import { CHANGE, CITED_SOURCE, entityRecordOf, EVENT, OFFICE, OFFICE_ORDER, PROVINCE, TENURE, TENURE_ORDER } from './projections.js';

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

/** Identifiers of each entity in other datasets (Wikidata), each with the sources that give it. */
export const EXTERNAL_IDS_BY_OWNER = `
MATCH (e:ExternalId)-[:IDENTIFIES]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, e { .scheme, .value,
  sources: COLLECT { MATCH (e)-[r:ATTESTED_BY]->(n:Source)
    RETURN n ${CITED_SOURCE} ORDER BY r.position } } AS record
ORDER BY owner, e.scheme, e.value`;

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

/** Every change a unit took part in, before or after, in order of the legal act. */
export const CHANGES_BY_PROVINCE = `
MATCH (p:Province)-[:CHANGED_IN|RESULTED_IN]-(n:Change) WHERE p.id IN $ids
WITH DISTINCT p, n
RETURN p.id AS owner, n ${CHANGE} AS record
ORDER BY owner, n.dateEarliest, n.id`;

/** Units a change ended or fed into the creation of this one: its immediate predecessors. */
export const PREDECESSORS_BY_PROVINCE = `
MATCH (q:Province)<-[:RESULTED_IN {created: true}]-(:Change)<-[:CHANGED_IN]-(n:Province) WHERE q.id IN $ids
WITH DISTINCT q, n
RETURN q.id AS owner, n ${PROVINCE} AS record
ORDER BY owner, n.sortName, n.id`;

export const SUCCESSORS_BY_PROVINCE = `
MATCH (p:Province)-[:CHANGED_IN]->(:Change)-[:RESULTED_IN {created: true}]->(n:Province) WHERE p.id IN $ids
WITH DISTINCT p, n
RETURN p.id AS owner, n ${PROVINCE} AS record
ORDER BY owner, n.sortName, n.id`;

export const EVENTS_BY_SUBJECT = `
MATCH (n:Event)-[:ABOUT]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, n ${EVENT} AS record
ORDER BY owner, n.dateEarliest, n.id`;
