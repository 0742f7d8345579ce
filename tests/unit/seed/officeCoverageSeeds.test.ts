import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { officeCoverage } from '../../../src/seed/officeCoverage.js';
import { readSeeds } from '../../../src/seed/readSeeds.js';
import { renderOfficeCoverage } from '../../../src/seed/renderOfficeCoverage.js';

// Issue 12's targets, counted over the real seeds/. The figures are exact on purpose: a change to
// the data changes them, and whoever makes it updates them here and runs `npm run coverage`.
const coverage = officeCoverage(readSeeds());

describe('office coverage of seeds/ (issue 12)', () => {
  it('counts the units of today and of 2008–2025 with each office', () => {
    expect(coverage.totals.current).toEqual({ units: 34, allThree: 34, ubnd: 34, party: 34, council: 34 });
    expect(coverage.totals.of2008to2025).toEqual({ units: 63, allThree: 53, ubnd: 63, party: 57, council: 59 });
    expect(coverage.totals.offices).toBe(327);
  });

  it('counts the units with a dated head (target 30)', () => {
    expect(coverage.totals).toMatchObject({ unitsWithDatedHead: 53, datedHeads: 97 });
  });

  it('counts the offices of units merged on 1 July 2025 that say what they became', () => {
    expect(coverage.totals.merged2025).toEqual({ units: 52, offices: 146, said: 146, unsaid: 0 });
  });

  it('keeps docs/data/office-coverage.md up to date (run `npm run coverage`)', () => {
    const committed = readFileSync(path.join(projectRoot, 'docs', 'data', 'office-coverage.md'), 'utf8');
    expect(committed).toBe(renderOfficeCoverage(coverage));
  });
});
