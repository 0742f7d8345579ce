/** One thing wrong with the seeds, located for the editor who has to fix it. */
export interface SeedProblem {
  /** Path relative to the project root, e.g. `seeds/provinces.yaml`. */
  readonly file: string;
  /** 1-based line of the record or field at fault. */
  readonly line: number;
  readonly message: string;
}

export function formatProblem(problem: SeedProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
