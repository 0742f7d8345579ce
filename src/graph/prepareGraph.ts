import type { Database } from '../db/Database.js';

/** Makes the graph ready to serve: constraints and indexes, then the seeds when it is empty. */
export async function prepareGraph(_db: Database, _options: { seed: boolean; log: (line: string) => void }): Promise<void> {
  // Filled in by the seed loader (issue 3).
}
