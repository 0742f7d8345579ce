import { CHANGE, EVENT, OFFICE, TENURE } from './projections.js';

/**
 * Everything dated around each subject (a province, office or person), in one round trip: the
 * changes a province took part in, its offices, the tenures held at it, at its offices or by the
 * person, the events about it or its offices, and the names the labels need. Each part is a
 * UNION of directed matches from the subject, so the cost follows the subject's neighbourhood,
 * never the size of the graph.
 */
export const TIMELINE_FACTS = `
UNWIND $ids AS subjectId
MATCH (s:Entity {id: subjectId})
CALL (s) {
  OPTIONAL MATCH (s:Province)-[:CHANGED_IN|RESULTED_IN]-(n:Change)
  WITH DISTINCT n WHERE n IS NOT NULL
  RETURN collect(n ${CHANGE}) AS changes
}
CALL (s) {
  OPTIONAL MATCH (n:Office)-[:OFFICE_OF]->(s:Province)
  WITH n WHERE n IS NOT NULL ORDER BY n.sortName, n.id
  RETURN collect(n ${OFFICE}) AS offices
}
CALL (s) {
  CALL (s) {
    MATCH (n:Tenure)-[:AT]->(s) RETURN n
    UNION
    MATCH (s:Person)-[:HELD]->(n:Tenure) RETURN n
    UNION
    MATCH (n:Tenure)-[:AT]->(:Office)-[:OFFICE_OF]->(s:Province) RETURN n
  }
  RETURN collect(n ${TENURE}) AS tenures
}
CALL (s) {
  CALL (s) {
    MATCH (n:Event)-[:ABOUT]->(s) RETURN n
    UNION
    MATCH (n:Event)-[:ABOUT]->(:Office)-[:OFFICE_OF]->(s:Province) RETURN n
  }
  RETURN collect(n ${EVENT}) AS events
}
WITH s, changes, offices, tenures, events,
  reduce(ids = [], c IN changes | ids + c.before + c.after)
    + [t IN tenures | t.personId] + [t IN tenures | t.atId] AS nameIds
CALL (nameIds) {
  MATCH (x:Entity) WHERE x.id IN nameIds
  RETURN collect({ id: x.id, name: x.name }) AS names
}
RETURN s.id AS owner, { changes: changes, offices: offices, tenures: tenures, events: events, names: names } AS record`;
