// The office coverage (src/seed/officeCoverage.ts): written by every seed load, read by `about`
// and by the Browser's coverage query (docs/browser/queries.cypher). Stored rather than recounted
// per request so that the counting rules have one definition, in TypeScript, over the seed records.

/**
 * Replaces one dataset's coverage: its totals on one (:OfficeCoverage) node, one
 * (:UnitOfficeCoverage) node per unit linked to its Province by COVERS.
 */
export const WRITE_OFFICE_COVERAGE = `
OPTIONAL MATCH (old:OfficeCoverage|UnitOfficeCoverage {dataset: $dataset})
DETACH DELETE old
WITH DISTINCT 1 AS one
CREATE (c:OfficeCoverage {dataset: $dataset})
SET c += $totals
WITH c
UNWIND $units AS u
MATCH (p:Province {id: u.unit})
CREATE (row:UnitOfficeCoverage {dataset: $dataset})-[:COVERS]->(p)
SET row += u`;

/** The totals of one dataset's coverage; no row when it has none. */
export const READ_OFFICE_COVERAGE = `
MATCH (c:OfficeCoverage {dataset: $dataset})
RETURN properties(c) AS totals`;
