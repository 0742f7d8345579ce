import type { Basis, Certainty } from '../dates/index.js';
import { spanProperty } from '../dates/index.js';
import { CENSUS_COUNT } from './censusQueries.js';
import { existedOn } from './existedOn.js';
import { provinceIncludes, type ProvinceIncludes } from './prefetchQueries.js';
import { CHANGE_MATCHED, EVENT, OFFICE, PERSON, PROVINCE } from './projections.js';

// Connection pages: the total count and one page, in one round trip. Every filter is a parameter
// that may be null ("no filter"). Both subqueries see the same WHERE, so totalCount always
// describes the list the page comes from.

const page = (match: string, where: string, order: string, projection: string) => `
CALL () { ${match} WHERE ${where} RETURN count(n) AS total }
CALL () {
  ${match} WHERE ${where}
  WITH n ORDER BY ${order} SKIP $skip LIMIT $limit
  RETURN collect(n ${projection}) AS records
}
RETURN total, records`;

// "Existed on $day", on a basis and a certainty: src/cypher/existedOn.ts, the same spans the
// census counts and existsOn reads. A unit without a known end counts for certain only when
// `current`; an office without a recorded end counts as long as the sources give none.
const provinceFilter = (basis: Basis, certainty: Certainty) =>
  `($kind IS NULL OR n.kind = $kind) AND ($ids IS NULL OR n.id IN $ids) AND ${existedOn('n', basis, certainty)}`;

/** A branch of a UNION that runs only when `condition` (on parameters and variables already bound) holds. */
const when = (condition: string) => `UNWIND CASE WHEN ${condition} THEN [true] ELSE [] END AS branch`;

/**
 * Units are read through an index whenever the filters allow it, so the cost follows the answer
 * rather than every unit ever recorded (bench/ measures it from 10^4 to 10^6 nodes):
 * - the total of a day's question without a name search is read from the unit census
 *   (censusQueries.ts), which every complete load rebuilds; the rest counts matches only when
 *   there is no census (a load under way or interrupted):
 * - a list of ids (a name search) is sought by id;
 * - "certainly existed on $day" (the default question) takes its candidates from two index
 *   seeks: a unit that certainly existed on the day is either dissolved after it or current;
 * - the page otherwise reads the sortName index in order and stops once it is full.
 * Any other filter (POSSIBLE, no day) counts by reading every unit, as before. One branch of each
 * UNION gets a row and the others none, and each branch keeps a plan of its own. The page's
 * offices, tenures and people come along when the query asks for them (prefetchQueries.ts).
 */
const BY_IDS = '$ids IS NOT NULL';

export const provincesPage = (include: ProvinceIncludes, basis: Basis = 'LEGAL', certainty: Certainty = 'DEFINITE') => {
  const PROVINCE_FILTER = provinceFilter(basis, certainty);
  const until = spanProperty(basis, certainty, 'Until');
  const DEFINITE_DAY = `$ids IS NULL AND $day IS NOT NULL AND ${certainty === 'DEFINITE'}`;
  const OTHERWISE = `$ids IS NULL AND NOT ($day IS NOT NULL AND ${certainty === 'DEFINITE'})`;
  return `${CENSUS_COUNT}
CALL (censused) {
  CALL (censused) {
    ${when(`censused IS NULL AND ${BY_IDS}`)}
    MATCH (n:Province) WHERE n.id IN $ids AND ${PROVINCE_FILTER}
    RETURN count(n) AS total
    UNION ALL
    ${when(`censused IS NULL AND ${DEFINITE_DAY}`)}
    CALL () {
      MATCH (n:Province) WHERE n.${until} > $day RETURN n
      UNION
      MATCH (n:Province) WHERE n.current = true RETURN n
    }
    WITH n WHERE ${PROVINCE_FILTER}
    RETURN count(n) AS total
    UNION ALL
    ${when(`censused IS NULL AND ${OTHERWISE}`)}
    MATCH (n:Province) WHERE ${PROVINCE_FILTER}
    RETURN count(n) AS total
  }
  RETURN sum(total) AS counted
}
WITH coalesce(censused, counted) AS total
CALL () {
  CALL () {
    ${when(BY_IDS)}
    MATCH (n:Province) WHERE n.id IN $ids AND ${PROVINCE_FILTER}
    WITH n ORDER BY n.sortName, n.id SKIP $skip LIMIT $limit
    RETURN n
    UNION ALL
    MATCH (n:Province) WHERE $ids IS NULL AND n.sortName IS NOT NULL AND ${PROVINCE_FILTER}
    WITH n ORDER BY n.sortName, n.id SKIP $skip LIMIT $limit
    RETURN n
  }
  RETURN collect(n ${PROVINCE}) AS records
}
${provinceIncludes(include)}`;
};

// Offices are listed when they existed on the day for certain (DEFINITE), on the asked basis.
export const officesPage = (basis: Basis = 'LEGAL') =>
  page(
    'MATCH (n:Office)',
    `($kind IS NULL OR n.kind = $kind)
   AND ($province IS NULL OR EXISTS { (n)-[:OFFICE_OF]->(:Province {id: $province}) })
   AND ${existedOn('n', basis, 'DEFINITE')}`,
    'n.sortName, n.id',
    OFFICE,
  );

export const PEOPLE_PAGE = page('MATCH (n:Person)', '($ids IS NULL OR n.id IN $ids)', 'n.sortName, n.id', PERSON);

/**
 * A change matches a range when its act, its taking effect or its beginning to operate falls in
 * it; CHANGE_MATCHED says which did.
 */
export const CHANGES_PAGE = page(
  'MATCH (n:Change)',
  `($kinds IS NULL OR n.kind IN $kinds)
   AND ($province IS NULL OR EXISTS { (:Province {id: $province})-[:CHANGED_IN|RESULTED_IN]-(n) })
   AND (($from IS NULL OR n.dateLatest >= $from) AND ($to IS NULL OR n.dateEarliest <= $to)
     OR n.effectiveDate IS NOT NULL AND ($from IS NULL OR n.effectiveDateLatest >= $from)
        AND ($to IS NULL OR n.effectiveDateEarliest <= $to)
     OR n.operatingDate IS NOT NULL AND ($from IS NULL OR n.operatingDateLatest >= $from)
        AND ($to IS NULL OR n.operatingDateEarliest <= $to))`,
  'n.dateEarliest, n.id',
  CHANGE_MATCHED,
);

/** Chronological: by first possible day, coarser precision first (1976 before 1976-02-15). */
export const EVENTS_PAGE = page(
  'MATCH (n:Event)',
  `($kinds IS NULL OR n.kind IN $kinds)
   AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Entity {id: $subject}) })
   AND ($from IS NULL OR n.dateLatest >= $from) AND ($to IS NULL OR n.dateEarliest <= $to)`,
  "n.dateEarliest, CASE n.datePrecision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END, n.id",
  EVENT,
);
