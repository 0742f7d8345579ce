import { describe, expect, it } from 'vitest';
import { readOfficeCoverage, writeOfficeCoverage } from '../../src/cypher/coverageQueries.js';

// The office coverage statements (src/seed/writeOfficeCoverage.ts writes, `about` reads).
describe('office coverage statements', () => {
  it("writeOfficeCoverage replaces a dataset's totals and unit rows, counts as INTEGERs", () => {
    const statement = writeOfficeCoverage('seeds', { currentUnits: 34 }, [
      { unit: 'ha-noi', ubnd: ['off-x'], datedHeads: 2, earliest: '1976', merged2025Said: null },
    ]);
    expect(statement).toMatchSnapshot();
    expect((statement.params.totals as Record<string, { toNumber(): number }>).currentUnits!.toNumber()).toBe(34);
  });

  it("readOfficeCoverage reads one dataset's totals", () => {
    expect(readOfficeCoverage('seeds')).toMatchSnapshot();
  });
});
