import { BASES, CERTAINTIES, spanProperty } from '../dates/index.js';
import { neo4jInt } from './neo4jInt.js';
import type { Statement } from './Statement.js';

// The unit census (src/census/unitCensus.ts): written by every load, read by the provinces page.

/** Each unit's kind and existence spans (src/dates/spanProperty.ts), as the census needs them. */
export const UNITS_FOR_CENSUS = `
MATCH (n:Province)
RETURN n.kind AS kind, ${BASES.flatMap((basis) =>
  CERTAINTIES.flatMap((certainty) =>
    (['From', 'Until'] as const).map(
      (end) => `toString(n.${spanProperty(basis, certainty, end)}) AS ${spanProperty(basis, certainty, end)}`,
    ),
  ),
).join(', ')}`;

/** Run before a load writes anything: until the load completes, pages count by visiting units. */
export const DROP_UNIT_CENSUS = 'MATCH (c:UnitCensus) DETACH DELETE c';

const WRITE_UNIT_CENSUS = `
UNWIND $years AS y
CREATE (c:UnitCensus)
SET c.scope = y.scope, c.year = y.year, c.days = [d IN y.days | date(d)], c.alive = y.alive, c.aliveBefore = y.aliveBefore,
  c.units = $units`;

/**
 * `censused`: the number of units alive on $day for $censusScope, from the census year at or
 * before the day's (one seek of the unit_census index); null when there is no census to read
 * (a load in progress or interrupted), when it was counted over another number of units than the
 * graph holds now (units written or deleted outside a load; the count comes from Neo4j's count
 * store, free), or when the question is not one the census answers.
 */
export const CENSUS_COUNT = `
CALL () {
  MATCH (u:Province) WITH count(u) AS units
  MATCH (c:UnitCensus) WHERE $ids IS NULL AND $day IS NOT NULL AND c.scope = $censusScope AND c.year <= $day.year
    AND c.units = units
  WITH c ORDER BY c.year DESC LIMIT 1
  RETURN collect(coalesce(last([i IN range(0, size(c.days) - 1) WHERE c.days[i] <= $day | c.alive[i]]), c.aliveBefore))[0] AS censused
}`;

/** One slice of the census years, each stamped with the number of units it was counted over. */
export const writeUnitCensus = (years: readonly object[], units: number): Statement => ({
  cypher: WRITE_UNIT_CENSUS,
  params: { years, units: neo4jInt(units) },
});
