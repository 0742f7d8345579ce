import { neo4jInt } from './neo4jInt.js';
import type { Statement } from './Statement.js';

// The office coverage (src/seed/officeCoverage.ts): written by every seed load, read by `about`
// and by the Browser's coverage queries (docs/browser/queries.cypher). Stored rather than
// recounted per request so that the counting rules have one definition, in TypeScript, over the
// seed records.

/** One unit's row as the loader stores it: plain properties (lists of office ids, counts, EDTF). */
export type UnitCoverageRow = Record<string, string | number | boolean | readonly string[] | null>;

/**
 * Replaces one dataset's coverage in one statement: its totals (flattened: `currentAllThree`,
 * `merged2025Unsaid`, …) on one (:OfficeCoverage) node, one (:UnitOfficeCoverage) node per unit
 * linked to its Province by COVERS.
 */
export const writeOfficeCoverage = (dataset: string, totals: Record<string, number>, units: readonly UnitCoverageRow[]): Statement => ({
  cypher: `
OPTIONAL MATCH (old:OfficeCoverage|UnitOfficeCoverage {dataset: $dataset})
DETACH DELETE old
WITH DISTINCT 1 AS one
CREATE (c:OfficeCoverage {dataset: $dataset})
SET c += $totals
WITH c
UNWIND $units AS u
MATCH (p:Province {id: u.unit})
CREATE (row:UnitOfficeCoverage {dataset: $dataset})-[:COVERS]->(p)
SET row += u`,
  params: {
    dataset,
    totals: Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, neo4jInt(value)])),
    units: units.map((u) =>
      Object.fromEntries(Object.entries(u).map(([key, value]) => [key, typeof value === 'number' ? neo4jInt(value) : value])),
    ),
  },
});

/** The totals of one dataset's coverage; no row when it has none. */
export const readOfficeCoverage = (dataset: string): Statement => ({
  cypher: `
MATCH (c:OfficeCoverage {dataset: $dataset})
RETURN properties(c) AS totals`,
  params: { dataset },
});
