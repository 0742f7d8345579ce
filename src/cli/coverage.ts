// `npm run coverage`: counts the office coverage of seeds/ and writes docs/data/office-coverage.md.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { terminal } from '../log/terminal.js';
import { officeCoverage } from '../seed/officeCoverage.js';
import { readSeeds } from '../seed/readSeeds.js';
import { renderOfficeCoverage } from '../seed/renderOfficeCoverage.js';
import { SeedValidationError } from '../seed/SeedValidationError.js';

export const OFFICE_COVERAGE_DOC = path.join(projectRoot, 'docs', 'data', 'office-coverage.md');

try {
  const coverage = officeCoverage(readSeeds());
  writeFileSync(OFFICE_COVERAGE_DOC, renderOfficeCoverage(coverage));
  const { totals } = coverage;
  terminal.say(
    `Wrote ${path.relative(projectRoot, OFFICE_COVERAGE_DOC)}: ${totals.current.allThree} of ${totals.current.units} units of today and ` +
      `${totals.of2008to2025.allThree} of ${totals.of2008to2025.units} of 2008–2025 with all three offices; ` +
      `${totals.unitsWithDatedHead} units with a dated head.`,
  );
} catch (error) {
  terminal.complain(error instanceof SeedValidationError ? error.message : String((error as Error).stack ?? error));
  process.exitCode = 1;
}
