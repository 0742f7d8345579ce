import { writeOfficeCoverage as writeStatement, type UnitCoverageRow } from '../cypher/coverageQueries.js';
import type { Database } from '../db/Database.js';
import { GROUPS, type OfficeCoverage } from './officeCoverage.js';

/**
 * Stores a dataset's office coverage (src/cypher/coverageQueries.ts) in one transaction, as plain
 * properties: the totals flattened (`currentAllThree`, `merged2025Unsaid`, …), and per unit the
 * office ids of each group, the dated heads, the earliest date and the 2025 successors said and not.
 */
export async function writeOfficeCoverage(db: Database, dataset: string, coverage: OfficeCoverage): Promise<void> {
  await db.write(writeStatement(dataset, flatTotals(coverage), coverage.units.map(unitRow)));
}

/** The totals as one level of properties: `current.allThree` becomes `currentAllThree`. */
export function flatTotals({ totals }: OfficeCoverage): Record<string, number> {
  const flat: Record<string, number> = {
    offices: totals.offices,
    unitsWithDatedHead: totals.unitsWithDatedHead,
    datedHeads: totals.datedHeads,
  };
  for (const [scope, tally] of [
    ['current', totals.current],
    ['of2008to2025', totals.of2008to2025],
    ['merged2025', totals.merged2025],
  ] as const) {
    for (const [key, value] of Object.entries(tally)) flat[`${scope}${key.charAt(0).toUpperCase()}${key.slice(1)}`] = value;
  }
  return flat;
}

function unitRow(u: OfficeCoverage['units'][number]): UnitCoverageRow {
  return {
    unit: u.unit,
    name: u.name,
    current: u.current,
    of2008to2025: u.of2008to2025,
    ...Object.fromEntries(GROUPS.map((g) => [g, u.offices[g]])),
    datedHeads: u.datedHeads,
    earliest: u.earliest,
    merged2025Said: u.merged2025?.said ?? null,
    merged2025Unsaid: u.merged2025?.unsaid ?? null,
  };
}
