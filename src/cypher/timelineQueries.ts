import type { RecordFields } from '../model/RecordFields.js';
import { entityRecordOf, typedProjectionOf } from './projections.js';
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
 * the same keys as every other statement of the request, so the loaders it primes agree.
 */
const timelineFactsCypher = (fields: RecordFields) => `
UNWIND $ids AS subjectId
MATCH (s:Entity {id: subjectId})
CALL (s) {
  OPTIONAL MATCH (s:Province|Office)-[:CHANGED_IN|RESULTED_IN]-(n:Change)
  WITH DISTINCT n WHERE n IS NOT NULL
  RETURN collect(n ${typedProjectionOf('Change', fields)}) AS changes
}
CALL (s) {
  OPTIONAL MATCH ${OFFICES_OF_PROVINCE.pattern('s:Province')}
  WITH n WHERE n IS NOT NULL ORDER BY ${OFFICES_OF_PROVINCE.order}
  RETURN collect(n ${typedProjectionOf('Office', fields)}) AS offices
}
CALL (s) {
  CALL (s) {
    MATCH ${TENURES_AT_PLACE.pattern('s')} RETURN n
    UNION
    MATCH ${TENURES_OF_PERSON.pattern('s:Person')} RETURN n
    UNION
    MATCH ${TENURES_AT_PLACE.pattern(':Office')}-[:OFFICE_OF]->(s:Province) RETURN n
  }
  RETURN collect(n ${typedProjectionOf('Tenure', fields)}) AS tenures
}
CALL (s) {
  CALL (s) {
    MATCH (n:Event)-[:ABOUT]->(s) RETURN n
    UNION
    MATCH (n:Event)-[:ABOUT]->(:Office)-[:OFFICE_OF]->(s:Province) RETURN n
  }
  RETURN collect(n ${typedProjectionOf('Event', fields)}) AS events
}
WITH s, changes, offices, tenures, events,
  reduce(ids = [], c IN changes | ids + c.before + c.after + c.ended + c.began + c.continued)
    + [t IN tenures | t.personId] + [t IN tenures | t.atId]
    + reduce(ids = [], e IN events | ids + [x IN e.subjects | x.id]) AS relatedIds
${entityRecordOf('s', fields, 'subject')}
CALL (s, changes, offices, tenures, events, relatedIds) {
  WITH [s.id] + [f IN changes + offices + tenures + events | f.id] AS known, relatedIds
  MATCH (x:Entity) WHERE x.id IN relatedIds AND NOT x.id IN known
  ${entityRecordOf('x', fields)}
  RETURN collect(record) AS related
}
WITH s, subject, changes, offices, tenures, events, related,
  [s.id] + [f IN changes + offices + tenures + events | f.id] AS citedIds
CALL (citedIds) {
  MATCH ${CITATIONS_OF.pattern('x:Entity')} WHERE x.id IN citedIds
  WITH x, r, n ORDER BY x.id, ${CITATIONS_OF.order}
  WITH x.id AS owner, collect({ id: n.id, quote: r.quote }) AS cites, collect(n) AS cited
  RETURN collect({ owner: owner, cites: cites }) AS citations, reduce(all = [], c IN collect(cited) | all + c) AS citedSources
}
// Facts share their sources (one article attests many of them): each Source is sent once.
CALL (citedSources) {
  UNWIND citedSources AS n
  WITH DISTINCT n
  RETURN collect(n ${typedProjectionOf('Source', fields)}) AS sources
}
RETURN s.id AS owner, { subject: subject, changes: changes, offices: offices, tenures: tenures, events: events,
  related: related, cited: citedIds, citations: citations, sources: sources } AS record`;

const texts = new WeakMap<RecordFields, string>();

/** Records projected with the request's record fields, which hold the keys a timeline is built from. */
export const timelineFacts = (ids: readonly string[], fields: RecordFields): Statement => {
  let cypher = texts.get(fields);
  if (cypher === undefined) texts.set(fields, (cypher = timelineFactsCypher(fields)));
  return { cypher, params: { ids } };
};
