import { CHANGE, OFFICE, PERSON, PROVINCE, SOURCE, TENURE } from './projections.js';
import type { Statement } from './Statement.js';

// The whole graph, one label per statement, for the exports (src/export/). Each statement uses the
// same projection as the API, so an export never disagrees with what GraphQL answers.

const EXPORT_PROVINCES = `MATCH (n:Province) RETURN n ${PROVINCE} AS record ORDER BY n.id`;
const EXPORT_CHANGES = `MATCH (n:Change) RETURN n ${CHANGE} AS record ORDER BY n.dateEarliest, n.id`;
const EXPORT_OFFICES = `MATCH (n:Office) RETURN n ${OFFICE} AS record ORDER BY n.id`;
const EXPORT_PEOPLE = `MATCH (n:Person) RETURN n ${PERSON} AS record ORDER BY n.id`;
const EXPORT_TENURES = `MATCH (n:Tenure) RETURN n ${TENURE} AS record ORDER BY n.id`;
const EXPORT_SOURCES = `MATCH (n:Source) RETURN n ${SOURCE} AS record ORDER BY n.id`;

/** Every citation of a record the exports carry (disputes are not exported), in seed order. */
const EXPORT_CITATIONS = `
MATCH (x:Province|Change|Office|Person|Tenure|ExternalId)-[r:ATTESTED_BY]->(s:Source)
RETURN x.id AS owner, s.id AS source, r.position AS position, r.quote AS quote
ORDER BY owner, position`;

const EXPORT_EXTERNAL_IDS = `
MATCH (e:ExternalId)-[:IDENTIFIES]->(x:Entity)
RETURN x.id AS owner, e.id AS id, e.scheme AS scheme, e.value AS value
ORDER BY owner, scheme, value`;

const statement = (cypher: string): Statement => ({ cypher, params: {} });

export const exportProvinces = () => statement(EXPORT_PROVINCES);
export const exportChanges = () => statement(EXPORT_CHANGES);
export const exportOffices = () => statement(EXPORT_OFFICES);
export const exportPeople = () => statement(EXPORT_PEOPLE);
export const exportTenures = () => statement(EXPORT_TENURES);
export const exportSources = () => statement(EXPORT_SOURCES);
export const exportCitations = () => statement(EXPORT_CITATIONS);
export const exportExternalIds = () => statement(EXPORT_EXTERNAL_IDS);
