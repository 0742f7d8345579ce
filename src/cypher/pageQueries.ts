import { textCache } from './textCache.js';
import { censusScope } from '../census/unitCensus.js';
import { spanProperty, type Basis, type Certainty, type HistoricalDate } from '../dates/index.js';
import { existedOn, existedOnDay } from './existedOn.js';
import { neo4jDate } from './neo4jDate.js';
import { neo4jInt } from './neo4jInt.js';
import { CENSUS_COUNT } from './censusQueries.js';
import { provinceIncludes, type ProvinceIncludes } from './prefetchQueries.js';
import type { RecordFields } from '../model/RecordFields.js';
import { changeMatched, projectionOf } from './projections.js';
import type { Statement } from './Statement.js';

// Connection pages: the total count and one page, in one round trip. Every filter is a parameter
// that may be null ("no filter"), except in the provinces page, the API's busiest, which has a
// statement per combination of the filters given. Both subqueries see the same WHERE, so
// totalCount always describes the list the page comes from.

const page = (match: string, where: string, order: string, projection: string) => `
CALL () { ${match} WHERE ${where} RETURN count(n) AS total }
CALL () {
  ${match} WHERE ${where}
  WITH n ORDER BY ${order} SKIP $skip LIMIT $limit
  RETURN collect(n ${projection}) AS records
}
RETURN total, records`;

/** A branch that runs only when `condition` (on variables already bound) holds. */
const when = (condition: string) => `UNWIND CASE WHEN ${condition} THEN [true] ELSE [] END AS branch`;

/**
 * Which filters a provinces request gives. Each combination has a statement of its own, holding
 * only the branches and conditions those filters need: the as-of page sends 1.2 kB of Cypher
 * instead of 2.9 (fewer Bolt chunks to write, each a system call on the request's path), and its
 * plan has no branches that can never run.
 */
interface ProvincesShape {
  /** A list of ids (a name search). */
  readonly byIds: boolean;
  /** "Existed on $day". */
  readonly onDay: boolean;
  /** Of one kind. */
  readonly ofKind: boolean;
}

/**
 * Units are read through an index whenever the filters allow it, so the cost follows the answer
 * rather than every unit ever recorded (bench/ measures it from 10^4 to 10^6 nodes):
 * - a list of ids (a name search) is sought by id;
 * - the total of a day's question without a name search is read from the unit census
 *   (censusQueries.ts), which every complete load rebuilds; it is counted from the units only when
 *   there is no census (a load under way or interrupted), and then "certainly existed on $day"
 *   (the default question) takes its candidates from two index seeks: a unit that certainly
 *   existed on the day is either dissolved after it or current;
 * - the page otherwise reads the sortName index in order and stops once it is full.
 * Any other filter (POSSIBLE, no day) counts by reading every unit. The page's offices, tenures
 * and people come along when the query asks for them (prefetchQueries.ts).
 * Property names and the certainty branch are literals chosen from the two enums, never user input.
 */
const provincesPageCypher = (
  include: ProvinceIncludes,
  basis: Basis,
  certainty: Certainty,
  fields: RecordFields,
  shape: ProvincesShape,
) => {
  const conditions = [...(shape.ofKind ? ['n.kind = $kind'] : []), ...(shape.onDay ? [existedOnDay('n', basis, certainty)] : [])];
  const where = (first: string | null) => [...(first ? [first] : []), ...conditions].join(' AND ') || 'true';
  const until = spanProperty(basis, certainty, 'Until');
  const candidates =
    certainty === 'DEFINITE'
      ? `CALL () {
    MATCH (n:Province) WHERE n.${until} > $day RETURN n
    UNION
    MATCH (n:Province) WHERE n.current = true RETURN n
  }
  WITH n WHERE ${where(null)}`
      : `MATCH (n:Province) WHERE ${where(null)}`;
  const total = shape.byIds
    ? `CALL () { MATCH (n:Province) WHERE ${where('n.id IN $ids')} RETURN count(n) AS total }`
    : shape.onDay
      ? `${CENSUS_COUNT}
CALL (censused) {
  ${when('censused IS NULL')}
  ${candidates}
  RETURN count(n) AS counted
}
WITH coalesce(censused, counted) AS total`
      : `CALL () { MATCH (n:Province) WHERE ${where(null)} RETURN count(n) AS total }`;
  return `${total}
CALL () {
  MATCH (n:Province) WHERE ${shape.byIds ? where('n.id IN $ids') : where('n.sortName IS NOT NULL')}
  WITH n ORDER BY n.sortName, n.id SKIP $skip LIMIT $limit
  RETURN collect(n ${projectionOf('Province', fields)}) AS records
}${provinceIncludes(include, fields)}`;
};

// Offices are listed when they existed on the day for certain (DEFINITE), on the asked basis.
const officesPageCypher = (basis: Basis, fields: RecordFields) =>
  page(
    'MATCH (n:Office)',
    `($kind IS NULL OR n.kind = $kind)
   AND ($province IS NULL OR EXISTS { (n)-[:OFFICE_OF]->(:Province {id: $province}) })
   AND ${existedOn('n', basis, 'DEFINITE')}`,
    'n.sortName, n.id',
    projectionOf('Office', fields),
  );

const peoplePageCypher = (fields: RecordFields) =>
  page('MATCH (n:Person)', '($ids IS NULL OR n.id IN $ids)', 'n.sortName, n.id', projectionOf('Person', fields));

/**
 * A change matches a range when its act, its taking effect or its beginning to operate falls in
 * it; changeMatched says which did.
 */
const changesPageCypher = (fields: RecordFields) =>
  page(
    'MATCH (n:Change)',
    `($kinds IS NULL OR n.kind IN $kinds)
   AND ($province IS NULL OR EXISTS { (:Province {id: $province})-[:CHANGED_IN|RESULTED_IN]-(n) })
   AND (($from IS NULL OR n.dateLatest >= $from) AND ($to IS NULL OR n.dateEarliest <= $to)
     OR n.effectiveDate IS NOT NULL AND ($from IS NULL OR n.effectiveDateLatest >= $from)
        AND ($to IS NULL OR n.effectiveDateEarliest <= $to)
     OR n.operatingDate IS NOT NULL AND ($from IS NULL OR n.operatingDateLatest >= $from)
        AND ($to IS NULL OR n.operatingDateEarliest <= $to))`,
    'n.dateEarliest, n.id',
    changeMatched(fields),
  );

/** Chronological: by first possible day, coarser precision first (1976 before 1976-02-15). */
const eventsPageCypher = (fields: RecordFields) =>
  page(
    'MATCH (n:Event)',
    `($kinds IS NULL OR n.kind IN $kinds)
   AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Entity {id: $subject}) })
   AND ($from IS NULL OR n.dateLatest >= $from) AND ($to IS NULL OR n.dateEarliest <= $to)`,
    "n.dateEarliest, CASE n.datePrecision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END, n.id",
    projectionOf('Event', fields),
  );

/** Which slice of a list a page holds: `limit` items after the first `offset`. */
export interface PageWindow {
  readonly offset: number;
  readonly limit: number;
}

export interface DateRange {
  readonly from: HistoricalDate | null;
  readonly to: HistoricalDate | null;
}

export interface ProvincesFilter {
  readonly asOf: HistoricalDate | null;
  readonly basis: Basis;
  readonly certainty: Certainty;
  readonly kind: string | null;
  readonly ids: readonly string[] | null;
}

const NOTHING_INCLUDED: ProvinceIncludes = { sources: false, offices: false, tenures: false, people: false };

const textOf = textCache();

const windowParams = (window: PageWindow) => ({ skip: neo4jInt(window.offset), limit: neo4jInt(window.limit) });

// `asOf: "2000"` means 2000-01-01 (the SDL's CalendarDate contract).
const firstDay = (date: HistoricalDate | null) => (date ? neo4jDate(date.earliest) : null);
// `from` starts at the first day of a partial date, `to` ends at its last.
const range = ({ from, to }: DateRange) => ({
  from: from ? neo4jDate(from.earliest) : null,
  to: to ? neo4jDate(to.latest) : null,
});

const provincesPageText = (filter: ProvincesFilter, fields: RecordFields, include: ProvinceIncludes) => {
  const shape: ProvincesShape = { byIds: filter.ids !== null, onDay: filter.asOf !== null, ofKind: filter.kind !== null };
  const key = `provinces|${filter.basis}|${filter.certainty}|${JSON.stringify(include)}|${JSON.stringify(shape)}`;
  return textOf(fields, key, () => provincesPageCypher(include, filter.basis, filter.certainty, fields, shape));
};

/** A page of provinces, with what `include` asks for their nested fields (same round trip). */
export const provincesPage = (
  filter: ProvincesFilter,
  window: PageWindow,
  fields: RecordFields,
  include: ProvinceIncludes = NOTHING_INCLUDED,
): Statement => ({
  cypher: provincesPageText(filter, fields, include),
  params: {
    day: firstDay(filter.asOf),
    kind: filter.kind,
    ids: filter.ids,
    censusScope: censusScope(filter.basis, filter.certainty, filter.kind),
    ...windowParams(window),
  },
});

export const officesPage = (
  filter: { asOf: HistoricalDate | null; basis: Basis; kind: string | null; province: string | null },
  window: PageWindow,
  fields: RecordFields,
): Statement => ({
  cypher: textOf(fields, `offices|${filter.basis}`, () => officesPageCypher(filter.basis, fields)),
  params: { day: firstDay(filter.asOf), kind: filter.kind, province: filter.province, ...windowParams(window) },
});

export const peoplePage = (filter: { ids: readonly string[] | null }, window: PageWindow, fields: RecordFields): Statement => ({
  cypher: textOf(fields, 'people', () => peoplePageCypher(fields)),
  params: { ids: filter.ids, ...windowParams(window) },
});

export const changesPage = (
  filter: DateRange & { kinds: readonly string[] | null; province: string | null },
  window: PageWindow,
  fields: RecordFields,
): Statement => ({
  cypher: textOf(fields, 'changes', () => changesPageCypher(fields)),
  params: { ...range(filter), kinds: filter.kinds, province: filter.province, ...windowParams(window) },
});

export const eventsPage = (
  filter: DateRange & { kinds: readonly string[] | null; subject: string | null },
  window: PageWindow,
  fields: RecordFields,
): Statement => ({
  cypher: textOf(fields, 'events', () => eventsPageCypher(fields)),
  params: { ...range(filter), kinds: filter.kinds, subject: filter.subject, ...windowParams(window) },
});
