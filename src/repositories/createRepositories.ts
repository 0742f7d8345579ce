import type { Database } from '../db/Database.js';
import { AboutRepository } from './AboutRepository.js';

/** Every repository over one (per-request, observed) database handle. */
export function createRepositories(db: Database) {
  return {
    about: new AboutRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
