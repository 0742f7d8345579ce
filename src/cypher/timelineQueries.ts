import { textCache } from './textCache.js';
import type { RecordFields } from '../model/RecordFields.js';
import { NODE_TYPES } from '../model/NodeType.js';
import { projectionOf, typedProjectionOf } from './projections.js';
import { CITATIONS_OF, OFFICES_OF_PROVINCE, TENURES_AT_PLACE, TENURES_OF_PERSON } from './relations.js';
import type { Statement } from './Statement.js';

/**
 * Everything dated around each subject (a province, office or person), in one round trip: the
 * changes a province or office took part in, a province's offices, the tenures held at it, at its offices or by the
 * person, the events about it or its offices, the entities the entries name (whole records, for
 * their `subjects`), and the citations of every fact (for their `sources`). Each part is a
 * UNION of directed matches from the subject, so the cost follows the subject's neighbourhood,
 * never the size of the graph. Records carry the request's record fields, which for an operation
 * with a timeline hold the keys the timeline is built from (src/graphql/recordFieldsOf.ts), and
 * the same keys as every other statement of the request, so the loaders it primes agree. Lists of
 * one type (changes, offices, tenures, events, sources) come without `__typename`, and the ids of
 * the facts cited without a list of their own: the repository adds both (EntityRepository).
 */
/**
 * A citation: the source's id with the citation's quote when the operation can read one (a
 * Source's `quote`), else the id alone. The quotes are most of a timeline's citations by size, and
 * an operation that shows only which sources attest an entry (their slugs, titles) never reads
 * them; the citations loader then primes the sources as citedSourceOf projects them for the same
 * fields: without a quote key.
 */
const citeOf = (fields: RecordFields) => (fields.Source === null || fields.Source.has('quote') ? '{ id: n.id, quote: r.quote }' : 'n.id');

/**
 * A change's members, read off its CHANGED_IN and RESULTED_IN relationships once (in_ and out_,
 * each in the order the projections list members) rather than by one subquery per list: the same
 * lists as CHANGE_COLUMNS gives (before: the provinces in, ended: members whose relationship says
 * ended, and so on), at two expansions of a change instead of five.
 */
const CHANGE_MEMBERS = {
  before: '[c_ IN in_ WHERE c_.province | c_.id]',
  after: '[c_ IN out_ WHERE c_.province | c_.id]',
  ended: '[c_ IN in_ WHERE c_.ended = true | c_.id]',
  began: '[c_ IN out_ WHERE c_.created = true | c_.id]',
  continued: '[c_ IN in_ WHERE c_.ended = false | c_.id]',
};

/**
 * A CALL binding `as` to the record of `node`, whichever its label: one read of its labels and a CASE, where
 * entityRecordOf's UNION tests each of the seven labels in turn (a db hit each, for every entity
 * the entries name). The same records.
 */
const recordOf = (node: string, fields: RecordFields, as: string) => `CALL (${node}) {
  WITH ${node} AS n, labels(${node}) AS labels
  RETURN CASE ${NODE_TYPES.map((label) => `WHEN '${label}' IN labels THEN n ${typedProjectionOf(label, fields)}`).join('\n    ')} END AS ${as}
}`;

const timelineFactsCypher = (fields: RecordFields) => `
UNWIND $ids AS subjectId
MATCH (s:Entity {id: subjectId})
CALL (s) {
  OPTIONAL MATCH (s:Province|Office)-[:CHANGED_IN|RESULTED_IN]-(n:Change)
  WITH DISTINCT n WHERE n IS NOT NULL
  WITH n,
    COLLECT { MATCH (m_)-[r_:CHANGED_IN]->(n) RETURN { id: m_.id, province: m_:Province, ended: r_.ended } ORDER BY m_.sortName, m_.id } AS in_,
    COLLECT { MATCH (n)-[r_:RESULTED_IN]->(m_) RETURN { id: m_.id, province: m_:Province, created: r_.created } ORDER BY m_.sortName, m_.id } AS out_
  RETURN collect(n ${projectionOf('Change', fields, CHANGE_MEMBERS)}) AS changes
}
CALL (s) {
  OPTIONAL MATCH ${OFFICES_OF_PROVINCE.pattern('s:Province')}
  WITH n WHERE n IS NOT NULL ORDER BY ${OFFICES_OF_PROVINCE.order}
  RETURN collect(n ${projectionOf('Office', fields)}) AS offices
}
CALL (s) {
  CALL (s) {
    MATCH ${TENURES_AT_PLACE.pattern('s')} RETURN n
    UNION
    MATCH ${TENURES_OF_PERSON.pattern('s:Person')} RETURN n
    UNION
    MATCH ${TENURES_AT_PLACE.pattern(':Office')}-[:OFFICE_OF]->(s:Province) RETURN n
  }
  RETURN collect(n ${projectionOf('Tenure', fields)}) AS tenures
}
CALL (s) {
  CALL (s) {
    MATCH (n:Event)-[:ABOUT]->(s) RETURN n
    UNION
    MATCH (n:Event)-[:ABOUT]->(:Office)-[:OFFICE_OF]->(s:Province) RETURN n
  }
  RETURN collect(n ${projectionOf('Event', fields)}) AS events
}
WITH s, changes, offices, tenures, events,
  reduce(ids = [], c IN changes | ids + c.before + c.after + c.ended + c.began + c.continued)
    + [t IN tenures | t.personId] + [t IN tenures | t.atId]
    + reduce(ids = [], e IN events | ids + [x IN e.subjects | x.id]) AS relatedIds
${recordOf('s', fields, 'subject')}
CALL (s, changes, offices, tenures, events, relatedIds) {
  WITH [s.id] + [f IN changes + offices + tenures + events | f.id] AS known, relatedIds
  MATCH (x:Entity) WHERE x.id IN relatedIds AND NOT x.id IN known
  ${recordOf('x', fields, 'record')}
  RETURN collect(record) AS related
}
WITH s, subject, changes, offices, tenures, events, related,
  [s.id] + [f IN changes + offices + tenures + events | f.id] AS citedIds
CALL (citedIds) {
  MATCH ${CITATIONS_OF.pattern('x:Entity')} WHERE x.id IN citedIds
  WITH x, r, n ORDER BY x.id, ${CITATIONS_OF.order}
  WITH x.id AS owner, collect(${citeOf(fields)}) AS cites, collect(n) AS cited
  RETURN collect([owner, cites]) AS citations, reduce(all = [], c IN collect(cited) | all + c) AS citedSources
}
// Facts share their sources (one article attests many of them): each Source is sent once.
CALL (citedSources) {
  UNWIND citedSources AS n
  WITH DISTINCT n
  RETURN collect(n ${projectionOf('Source', fields)}) AS sources
}
RETURN s.id AS owner, { subject: subject, changes: changes, offices: offices, tenures: tenures, events: events,
  related: related, citations: citations, sources: sources } AS record`;

const textOf = textCache();

/** Records projected with the request's record fields, which hold the keys a timeline is built from. */
export const timelineFacts = (ids: readonly string[], fields: RecordFields): Statement => ({
  cypher: textOf(fields, '', () => timelineFactsCypher(fields)),
  params: { ids },
});
