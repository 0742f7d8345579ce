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

const office = (provinceId: string) => `{ __typename: 'Office', .id, .name, .kind, .level, .unresolved, .established, .dissolved,
  .traditionDay, .confidence, .notes, provinceId: ${provinceId} }`;

export const OFFICE = office('COLLECT { MATCH (n)-[:OFFICE_OF]->(p_:Province) RETURN p_.id }[0]');

/** OFFICE for offices reached from their province (`province`): its id is known already. */
export const officeOf = (province: string) => office(`${province}.id`);

export const PERSON = `{ __typename: 'Person', .id, .name, .gender, .confidence, .notes }`;

const tenure = (atId: string, atLabel: string) => `{ __typename: 'Tenure', .id, .title, .start, .end, current: coalesce(n.current, false),
  attested: coalesce(n.attested, []), .confidence, .notes,
  personId: COLLECT { MATCH (h_:Person)-[:HELD]->(n) RETURN h_.id }[0], atId: ${atId}, atLabel: ${atLabel} }`;

export const TENURE = tenure(
  'COLLECT { MATCH (n)-[:AT]->(at_) RETURN at_.id }[0]',
  "COLLECT { MATCH (n)-[:AT]->(at_) RETURN CASE WHEN at_:Office THEN 'Office' ELSE 'Province' END }[0]",
);

/** TENURE for tenures reached from the office they were held at (`office`): no need to look it up again. */
export const tenureAtOffice = (office: string) => tenure(`${office}.id`, "'Office'");

export const EVENT = `{ __typename: 'Event', .id, .kind, .title, .date, .confidence, .notes,
  subjects: COLLECT { MATCH (n)-[:ABOUT]->(s_:Entity)
    RETURN { id: s_.id, type: [l_ IN labels(s_) WHERE l_ <> 'Entity'][0] } ORDER BY s_.id } }`;

export const SOURCE = `{ __typename: 'Source', .id, .kind, .title, .publisher, .date, .url, .reference, .language,
  .supports, .notes, quote: null }`;

/** A Source reached through a citation `r` (ATTESTED_BY), carrying the citation's quote. */
export const CITED_SOURCE = `{ __typename: 'Source', .id, .kind, .title, .publisher, .date, .url, .reference, .language,
  .supports, .notes, quote: r.quote }`;

/** The order of a province's offices (by name), wherever they are read. */
export const OFFICE_ORDER = 'n.sortName, n.id';
/** The order of tenures at a place or of a person: by start, unknown starts last. */
export const TENURE_ORDER = 'n.startEarliest IS NULL, n.startEarliest, n.id';

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

/**
 * A CALL subquery binding `record` to the projection of `variable` for whichever label it has:
 * mixed lists (search hits, path nodes, a timeline's subjects) come back whole in the query that
 * found them, so nothing needs a second round trip to load them.
 */
export const entityRecordOf = (variable: string, as = 'record') => `CALL (${variable}) {
${Object.entries(PROJECTIONS)
  .map(([label, projection]) => `  WITH ${variable} AS n WHERE n:${label} RETURN n ${projection} AS ${as}`)
  .join('\n  UNION\n')}
}`;
