import { parseHistoricalDate } from '../dates/index.js';
import type { Database } from '../db/Database.js';
import { WHOLE_RECORDS } from '../model/RecordFields.js';
import { createRepositories } from '../repositories/createRepositories.js';

// Neo4j plans a statement the first time it sees its text, and diachi's statements (projections
// of every label, UNION branches, subqueries) take seconds to plan on a small machine: the first
// timeline after a start waited 3–17 s here while later ones took milliseconds. Asking each
// common statement once, through the repositories' own methods and with inputs that match
// nothing, leaves its plan in the query cache before a user needs it. They are warmed with whole
// records; an operation that reads fewer keys gets statements of its own (smaller, quicker to
// plan), planned the first time it is asked.

const NOTHING = { offset: 0, limit: 0 };
const ALL_INCLUDED = { sources: true, offices: true, tenures: true, people: true };

/** The statements behind the root fields with their default arguments, one at a time. */
export async function warmQueryCache(db: Database): Promise<number> {
  const { entities, pages, graph } = createRepositories(db);
  const day = parseHistoricalDate('2000-01-01');
  // A list of strings, not an empty list: Neo4j caches a plan per statement and parameter types.
  const none = ['-'];
  const statements: Array<() => Promise<unknown>> = [
    () => entities.anyByIds(none, WHOLE_RECORDS),
    () => entities.timelineFacts(none, WHOLE_RECORDS),
    () => entities.citations(none, WHOLE_RECORDS),
    () => entities.disputes(none, WHOLE_RECORDS),
    () => entities.officesByProvince(none, WHOLE_RECORDS),
    () => entities.tenuresByPlace(none, WHOLE_RECORDS),
    () => entities.tenuresByPerson(none, WHOLE_RECORDS),
    () => entities.changesByProvince(none, WHOLE_RECORDS),
    () => entities.predecessors(none, WHOLE_RECORDS),
    () => entities.successors(none, WHOLE_RECORDS),
    () => entities.eventsBySubject(none, WHOLE_RECORDS),
    () => entities.externalIds(none, WHOLE_RECORDS),
    () => entities.flowsInto(none),
    () => entities.flowsOutOf(none),
    () => entities.provincesNamed('-'),
    () => pages.provinces({ asOf: day, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null }, NOTHING, WHOLE_RECORDS),
    () =>
      pages.provinces({ asOf: day, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null }, NOTHING, WHOLE_RECORDS, ALL_INCLUDED),
    () => pages.provinces({ asOf: null, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null }, NOTHING, WHOLE_RECORDS),
    // The page has a statement per combination of filters (pageQueries.ts): a name search's too.
    () => pages.provinces({ asOf: null, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: ['-'] }, NOTHING, WHOLE_RECORDS),
    () => pages.offices({ asOf: null, basis: 'LEGAL', kind: null, province: null }, NOTHING, WHOLE_RECORDS),
    () => pages.people({ ids: null }, NOTHING, WHOLE_RECORDS),
    () => pages.changes({ from: null, to: null, kinds: null, province: null }, NOTHING, WHOLE_RECORDS),
    () => pages.events({ from: null, to: null, kinds: null, subject: null }, NOTHING, WHOLE_RECORDS),
    () => graph.search('warm', null, 10, WHOLE_RECORDS),
    () => graph.searchIds('warm', ['Province'], 1000),
    () => graph.lineage('-', ['PREDECESSORS'], 5, WHOLE_RECORDS),
    () => graph.paths('-', '--', { maxHops: 6, viaSources: false, limit: 10 }, WHOLE_RECORDS),
  ];
  for (const statement of statements) await statement();
  return statements.length;
}
