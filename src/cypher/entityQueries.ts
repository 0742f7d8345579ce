import { textCache } from './textCache.js';
import type { RecordFields } from '../model/RecordFields.js';
import { citedSourceOf, entityRecordOf, FLOW, projectionOf } from './projections.js';
import { CITATIONS_OF, OFFICES_OF_PROVINCE, TENURES_AT_PLACE, TENURES_OF_PERSON } from './relations.js';
import type { Statement } from './Statement.js';

/**
 * Entities of any label by id, in one query: every by-id lookup of a request level (a province
 * here, a person and an event there) shares one round trip. Each branch projects its own label.
 */
const ENTITIES_BY_IDS = (fields: RecordFields) => `
MATCH (n:Entity) WHERE n.id IN $ids
${entityRecordOf('n', fields)}
RETURN record`;

/** Citations of each entity, in the order the seed lists them, each Source with its quote. */
const CITATIONS_BY_OWNER = (fields: RecordFields) => `
MATCH ${CITATIONS_OF.pattern('x:Entity')} WHERE x.id IN $ids
RETURN x.id AS owner, n ${citedSourceOf(fields)} AS record
ORDER BY owner, ${CITATIONS_OF.order}`;

const DISPUTES_BY_OWNER = (fields: RecordFields) => `
MATCH (d:Dispute)-[:DISPUTES]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, d { .field, .value, .note,
  sources: COLLECT { MATCH (d)-[r:ATTESTED_BY]->(n:Source)
    RETURN n ${citedSourceOf(fields)} ORDER BY r.position } } AS record
ORDER BY owner, d.id`;

/** Identifiers of each entity in other datasets (Wikidata), each with the sources that give it. */
const EXTERNAL_IDS_BY_OWNER = (fields: RecordFields) => `
MATCH (e:ExternalId)-[:IDENTIFIES]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, e { .scheme, .value,
  sources: COLLECT { MATCH (e)-[r:ATTESTED_BY]->(n:Source)
    RETURN n ${citedSourceOf(fields)} ORDER BY r.position } } AS record
ORDER BY owner, e.scheme, e.value`;

const OFFICES_BY_PROVINCE = (fields: RecordFields) => `
MATCH ${OFFICES_OF_PROVINCE.pattern('p:Province')} WHERE p.id IN $ids
RETURN p.id AS owner, n ${projectionOf('Office', fields)} AS record
ORDER BY owner, ${OFFICES_OF_PROVINCE.order}`;

/** Tenures held at offices or provincial bodies, ordered by start (unknown starts last). */
const TENURES_BY_PLACE = (fields: RecordFields) => `
MATCH ${TENURES_AT_PLACE.pattern('x:Entity')} WHERE x.id IN $ids
RETURN x.id AS owner, n ${projectionOf('Tenure', fields)} AS record
ORDER BY owner, ${TENURES_AT_PLACE.order}`;

const TENURES_BY_PERSON = (fields: RecordFields) => `
MATCH ${TENURES_OF_PERSON.pattern('p:Person')} WHERE p.id IN $ids
RETURN p.id AS owner, n ${projectionOf('Tenure', fields)} AS record
ORDER BY owner, ${TENURES_OF_PERSON.order}`;

/** Every change a unit took part in, before or after, in order of the legal act. */
const CHANGES_BY_PROVINCE = (fields: RecordFields) => `
MATCH (p:Province)-[:CHANGED_IN|RESULTED_IN]-(n:Change) WHERE p.id IN $ids
WITH DISTINCT p, n
RETURN p.id AS owner, n ${projectionOf('Change', fields)} AS record
ORDER BY owner, n.dateEarliest, n.id`;

/** Units whose territory flowed into this one (whole or part): its immediate predecessors. */
const PREDECESSORS_BY_PROVINCE = (fields: RecordFields) => `
MATCH (q:Province)<-[:FLOWED]-(n:Province) WHERE q.id IN $ids
WITH DISTINCT q, n
RETURN q.id AS owner, n ${projectionOf('Province', fields)} AS record
ORDER BY owner, n.sortName, n.id`;

/** Units that received this one's territory (whole or part): its immediate successors. */
const SUCCESSORS_BY_PROVINCE = (fields: RecordFields) => `
MATCH (p:Province)-[:FLOWED]->(n:Province) WHERE p.id IN $ids
WITH DISTINCT p, n
RETURN p.id AS owner, n ${projectionOf('Province', fields)} AS record
ORDER BY owner, n.sortName, n.id`;

/** Flows into each entity, in the order of their changes. */
const FLOWS_INTO = `
MATCH (t_:Entity)<-[r_:FLOWED]-(f_:Entity) WHERE t_.id IN $ids
MATCH (c_:Change {id: r_.change})
RETURN t_.id AS owner, ${FLOW} AS record
ORDER BY owner, c_.dateEarliest, c_.id, r_.position`;

/** Flows out of each entity, in the order of their changes. */
const FLOWS_OUT_OF = `
MATCH (f_:Entity)-[r_:FLOWED]->(t_:Entity) WHERE f_.id IN $ids
MATCH (c_:Change {id: r_.change})
RETURN f_.id AS owner, ${FLOW} AS record
ORDER BY owner, c_.dateEarliest, c_.id, r_.position`;

const EVENTS_BY_SUBJECT = (fields: RecordFields) => `
MATCH (n:Event)-[:ABOUT]->(x:Entity) WHERE x.id IN $ids
RETURN x.id AS owner, n ${projectionOf('Event', fields)} AS record
ORDER BY owner, n.dateEarliest, n.id`;

// The loaders' batch queries: each takes every key of one batch as `$ids`; those that return
// entity records project them with the request's record fields (projections.ts).
const byIds =
  (cypher: string) =>
  (ids: readonly string[]): Statement => ({ cypher, params: { ids } });

/** Memoized on the fields object, which is itself cached per parsed operation. */
const byIdsWith = (cypherOf: (fields: RecordFields) => string) => {
  const textOf = textCache();
  return (ids: readonly string[], fields: RecordFields): Statement => ({
    cypher: textOf(fields, '', () => cypherOf(fields)),
    params: { ids },
  });
};

export const entitiesByIds = byIdsWith(ENTITIES_BY_IDS);
export const citationsByOwner = byIdsWith(CITATIONS_BY_OWNER);
export const disputesByOwner = byIdsWith(DISPUTES_BY_OWNER);
export const externalIdsByOwner = byIdsWith(EXTERNAL_IDS_BY_OWNER);
export const officesByProvince = byIdsWith(OFFICES_BY_PROVINCE);
export const tenuresByPlace = byIdsWith(TENURES_BY_PLACE);
export const tenuresByPerson = byIdsWith(TENURES_BY_PERSON);
export const changesByProvince = byIdsWith(CHANGES_BY_PROVINCE);
export const predecessorsByProvince = byIdsWith(PREDECESSORS_BY_PROVINCE);
export const successorsByProvince = byIdsWith(SUCCESSORS_BY_PROVINCE);
export const eventsBySubject = byIdsWith(EVENTS_BY_SUBJECT);
export const flowsInto = byIds(FLOWS_INTO);
export const flowsOutOf = byIds(FLOWS_OUT_OF);
