// Map projections shared by the read queries: each returns exactly the fields of one record type
// in src/repositories/records.ts. `n` is the node variable of the calling query.

export const PROVINCE = `{ __typename: 'Province', .id, .name, otherNames: coalesce(n.otherNames, []), .kind,
  .established, .dissolved, current: coalesce(n.current, false), .seat, .gsoCode, .confidence, .notes }`;

export const CHANGE = `{ __typename: 'Change', .id, .kind, .date, .effectiveDate, .legalBasis, .fromName, .toName,
  .confidence, .notes,
  before: COLLECT { MATCH (p:Province)-[:CHANGED_IN]->(n) RETURN p.id ORDER BY p.sortName, p.id },
  after: COLLECT { MATCH (n)-[:RESULTED_IN]->(p:Province) RETURN p.id ORDER BY p.sortName, p.id } }`;

export const OFFICE = `{ __typename: 'Office', .id, .name, .kind, .level, .unresolved, .established, .dissolved,
  .traditionDay, .confidence, .notes, provinceId: COLLECT { MATCH (n)-[:OFFICE_OF]->(p:Province) RETURN p.id }[0] }`;

export const PERSON = `{ __typename: 'Person', .id, .name, .gender, .confidence, .notes }`;

export const TENURE = `{ __typename: 'Tenure', .id, .title, .start, .end, current: coalesce(n.current, false),
  attested: coalesce(n.attested, []), .confidence, .notes,
  personId: COLLECT { MATCH (p:Person)-[:HELD]->(n) RETURN p.id }[0],
  atId: COLLECT { MATCH (n)-[:AT]->(x) RETURN x.id }[0],
  atLabel: COLLECT { MATCH (n)-[:AT]->(x) RETURN CASE WHEN x:Office THEN 'Office' ELSE 'Province' END }[0] }`;

export const EVENT = `{ __typename: 'Event', .id, .kind, .title, .date, .confidence, .notes,
  subjects: COLLECT { MATCH (n)-[:ABOUT]->(x:Entity)
    RETURN { id: x.id, type: [l IN labels(x) WHERE l <> 'Entity'][0] } ORDER BY x.id } }`;

export const SOURCE = `{ __typename: 'Source', .id, .kind, .title, .publisher, .date, .url, .reference, .language,
  .supports, .notes, quote: null }`;

/** A Source reached through a citation `r` (ATTESTED_BY), carrying the citation's quote. */
export const CITED_SOURCE = `{ __typename: 'Source', .id, .kind, .title, .publisher, .date, .url, .reference, .language,
  .supports, .notes, quote: r.quote }`;

/** Projections by label, for queries that fetch entities of one label by id. */
export const PROJECTIONS = {
  Province: PROVINCE,
  Change: CHANGE,
  Office: OFFICE,
  Person: PERSON,
  Tenure: TENURE,
  Event: EVENT,
  Source: SOURCE,
} as const;
