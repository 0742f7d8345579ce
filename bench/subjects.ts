import type { Database } from '../src/db/Database.js';

/** The entities and arguments every system is asked about: the same for diachi, floor and peer. */
export interface Subjects {
  /** The as-of day of the page and nested operations. */
  readonly day: string;
  readonly timelineProvince: string;
  readonly lineageRoot: string;
  /** A person and a unit a few hops away (tenure → office → unit → change → successor). */
  readonly pathFrom: string;
  readonly pathTo: string;
  readonly searchText: string;
}

// Subjects come from the first regions of the synthetic history, which are the same at every
// graph size (bench/synthetic/generateHistory.ts grows by adding regions), so a timeline or a
// lookup asks for the very same answer at 10^4 and at 10^6 nodes.
const FIRST_REGIONS = `p.id STARTS WITH 'syn-' AND toInteger(split(p.id, '-')[1]) < 5`;

const RICHEST_TIMELINE = `
MATCH (p:Province) WHERE ${FIRST_REGIONS}
WITH p,
  COUNT { (p)-[:CHANGED_IN|RESULTED_IN]-(:Change) } + COUNT { (:Office)-[:OFFICE_OF]->(p) }
  + COUNT { (:Tenure)-[:AT]->(:Office)-[:OFFICE_OF]->(p) } + COUNT { (:Event)-[:ABOUT]->(p) } AS facts
RETURN p.id AS id ORDER BY facts DESC, id LIMIT 1`;

const DEEPEST_LINEAGE = `
MATCH (p:Province {current: true}) WHERE ${FIRST_REGIONS}
CALL (p) {
  OPTIONAL MATCH path = (p) (()<-[:RESULTED_IN {created: true}]-(:Change)<-[:CHANGED_IN]-(:Province)){1,5}
  RETURN count(DISTINCT last(nodes(path))) AS reach
}
RETURN p.id AS id ORDER BY reach DESC, id LIMIT 1`;

const PATH_ENDS = `
MATCH (pe:Person)-[:HELD]->(:Tenure)-[:AT]->(:Office)-[:OFFICE_OF]->(p:Province)
      -[:CHANGED_IN]->(:Change)-[:RESULTED_IN {created: true}]->(q:Province)
WHERE ${FIRST_REGIONS}
RETURN pe.id AS from, q.id AS to ORDER BY from, to LIMIT 1`;

export async function chooseSubjects(db: Database): Promise<Subjects> {
  const [timeline] = await db.read<{ id: string }>(RICHEST_TIMELINE);
  const [lineage] = await db.read<{ id: string }>(DEEPEST_LINEAGE);
  const [path] = await db.read<{ from: string; to: string }>(PATH_ENDS);
  if (!timeline || !lineage || !path) throw new Error('The synthetic history is missing: load it before choosing subjects.');
  return {
    day: '2000-01-01',
    timelineProvince: timeline.id,
    lineageRoot: lineage.id,
    pathFrom: path.from,
    pathTo: path.to,
    searchText: 'Vĩnh Long',
  };
}
