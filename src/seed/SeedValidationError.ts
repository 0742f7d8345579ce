import { formatProblem, type SeedProblem } from './SeedProblem.js';

/** Thrown before anything is written, listing every problem found in the seeds at once. */
export class SeedValidationError extends Error {
  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `The seeds have ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded.\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
