// Map projections shared by the read queries: each returns exactly the fields of one record type
// in src/repositories/records.ts. `n` is the node variable of the calling query. Variables inside
// the COLLECT subqueries end in `_`: a subquery sees the caller's variables, and reusing a name
// the caller bound (p, x) would silently restrict the match to that one node.

export const PROVINCE = `{ __typename: 'Province', .id, .name, otherNames: coalesce(n.otherNames, []), .kind,
  .established, .dissolved, .operatingEstablished, .operatingDissolved, .reestablishes, current: coalesce(n.current, false), .seat,
  .gsoCode, .confidence, .notes }`;

/** A FLOWED relationship `r_` from `f_` to `t_` as a FlowRecord. */
export const FLOW = `{ from: f_.id, to: t_.id, extent: r_.extent, parts: coalesce(r_.parts, []), change: r_.change,
  sources: coalesce(r_.sources, []) }`;

const change = (extra: string) => `{ __typename: 'Change', .id, .kind, .date, .effectiveDate, .operatingDate, .legalBasis,
  .fromName, .toName, .confidence, .notes,
  before: COLLECT { MATCH (b_:Province)-[:CHANGED_IN]->(n) RETURN b_.id ORDER BY b_.sortName, b_.id },
  after: COLLECT { MATCH (n)-[:RESULTED_IN]->(a_:Province) RETURN a_.id ORDER BY a_.sortName, a_.id },
  ended: COLLECT { MATCH (m_)-[:CHANGED_IN {ended: true}]->(n) RETURN m_.id ORDER BY m_.sortName, m_.id },
  began: COLLECT { MATCH (n)-[:RESULTED_IN {created: true}]->(m_) RETURN m_.id ORDER BY m_.sortName, m_.id },
  continued: COLLECT { MATCH (m_)-[:CHANGED_IN {ended: false}]->(n) RETURN m_.id ORDER BY m_.sortName, m_.id },
  flows: COLLECT { MATCH (f_)-[:CHANGED_IN]->(n) MATCH (f_)-[r_:FLOWED]->(t_) WHERE r_.change = n.id
    RETURN ${FLOW} ORDER BY r_.position }${extra} }`;

export const CHANGE = change('');

/**
 * CHANGE in a page of changes(from:, to:): also which of its dates overlap [$from, $to]. The same
 * overlap test as the page's filter (pageQueries.ts), date by date.
 */
export const CHANGE_MATCHED = change(`,
  matchedDates: [d_ IN [['ACT', n.dateEarliest, n.dateLatest], ['EFFECTIVE', n.effectiveDateEarliest, n.effectiveDateLatest],
      ['OPERATING', n.operatingDateEarliest, n.operatingDateLatest]]
    WHERE d_[1] IS NOT NULL AND ($from IS NULL OR d_[2] >= $from) AND ($to IS NULL OR d_[1] <= $to) | d_[0]]`);

const office = (provinceId: string) => `{ __typename: 'Office', .id, .name, .kind, .level, .unresolved, .established, .dissolved,
  .traditionDay, .confidence, .notes, provinceId: ${provinceId},
  legalDefiniteFrom: toString(n.legalDefiniteFrom), legalDefiniteUntil: toString(n.legalDefiniteUntil),
  operatingDefiniteFrom: toString(n.operatingDefiniteFrom), operatingDefiniteUntil: toString(n.operatingDefiniteUntil) }`;

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
