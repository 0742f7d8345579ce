// Map projections shared by the read queries: each returns exactly the fields of one record type
// in src/repositories/records.ts. `n` is the node variable of the calling query. Variables inside
// the COLLECT subqueries end in `_`: a subquery sees the caller's variables, and reusing a name
// the caller bound (p, x) would silently restrict the match to that one node.

export const PROVINCE = `{ __typename: 'Province', .id, .name, otherNames: coalesce(n.otherNames, []), .kind,
  .established, .dissolved, current: coalesce(n.current, false), .seat, .gsoCode, .confidence, .notes }`;

export const CHANGE = `{ __typename: 'Change', .id, .kind, .date, .effectiveDate, .legalBasis, .fromName, .toName,
  .confidence, .notes,
  before: COLLECT { MATCH (b_:Province)-[:CHANGED_IN]->(n) RETURN b_.id ORDER BY b_.sortName, b_.id },
  after: COLLECT { MATCH (n)-[:RESULTED_IN]->(a_:Province) RETURN a_.id ORDER BY a_.sortName, a_.id } }`;

export const OFFICE = `{ __typename: 'Office', .id, .name, .kind, .level, .unresolved, .established, .dissolved,
  .traditionDay, .confidence, .notes, provinceId: COLLECT { MATCH (n)-[:OFFICE_OF]->(p_:Province) RETURN p_.id }[0] }`;

export const PERSON = `{ __typename: 'Person', .id, .name, .gender, .confidence, .notes }`;

export const TENURE = `{ __typename: 'Tenure', .id, .title, .start, .end, current: coalesce(n.current, false),
  attested: coalesce(n.attested, []), .confidence, .notes,
  personId: COLLECT { MATCH (h_:Person)-[:HELD]->(n) RETURN h_.id }[0],
  atId: COLLECT { MATCH (n)-[:AT]->(at_) RETURN at_.id }[0],
  atLabel: COLLECT { MATCH (n)-[:AT]->(at_) RETURN CASE WHEN at_:Office THEN 'Office' ELSE 'Province' END }[0] }`;

export const EVENT = `{ __typename: 'Event', .id, .kind, .title, .date, .confidence, .notes,
  subjects: COLLECT { MATCH (n)-[:ABOUT]->(s_:Entity)
    RETURN { id: s_.id, type: [l_ IN labels(s_) WHERE l_ <> 'Entity'][0] } ORDER BY s_.id } }`;

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
