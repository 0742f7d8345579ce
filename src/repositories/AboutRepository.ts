import { COUNT_NODES_PER_LABEL } from '../cypher/aboutQueries.js';
import { readOfficeCoverage } from '../cypher/coverageQueries.js';
import type { Database } from '../db/Database.js';

export interface LabelCountRecord {
  label: string;
  count: number;
}

export interface OfficeGroupTallyRecord {
  units: number;
  allThree: number;
  ubnd: number;
  party: number;
  council: number;
}

/** The office coverage totals the last seed load stored (src/seed/writeOfficeCoverage.ts). */
export interface OfficeCoverageRecord {
  offices: number;
  current: OfficeGroupTallyRecord;
  of2008to2025: OfficeGroupTallyRecord;
  unitsWithDatedHead: number;
  datedHeads: number;
  merged2025: { units: number; offices: number; said: number; unsaid: number };
}

export class AboutRepository {
  constructor(private readonly db: Database) {}

  countsPerLabel(): Promise<LabelCountRecord[]> {
    return this.db
      .read<{ label: string; count: number }>(COUNT_NODES_PER_LABEL)
      .then((rows) => rows.map(({ label, count }) => ({ label, count })));
  }

  /** The coverage of one dataset (the seeds unless asked); null when no load stored one. */
  async officeCoverage(dataset = 'seeds'): Promise<OfficeCoverageRecord | null> {
    const [row] = await this.db.read<{ totals: Record<string, number> }>(readOfficeCoverage(dataset));
    if (!row) return null;
    const t = row.totals;
    const tally = (scope: string) => ({
      units: t[`${scope}Units`]!,
      allThree: t[`${scope}AllThree`]!,
      ubnd: t[`${scope}Ubnd`]!,
      party: t[`${scope}Party`]!,
      council: t[`${scope}Council`]!,
    });
    return {
      offices: t.offices!,
      current: tally('current'),
      of2008to2025: tally('of2008to2025'),
      unitsWithDatedHead: t.unitsWithDatedHead!,
      datedHeads: t.datedHeads!,
      merged2025: { units: t.merged2025Units!, offices: t.merged2025Offices!, said: t.merged2025Said!, unsaid: t.merged2025Unsaid! },
    };
  }
}
