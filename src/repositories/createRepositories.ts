import type { Database } from '../db/Database.js';
import { AboutRepository } from './AboutRepository.js';
import { EntityRepository } from './EntityRepository.js';
import { GraphRepository } from './GraphRepository.js';
import { PageRepository } from './PageRepository.js';

/** Every repository over one (per-request, observed) database handle. */
export function createRepositories(db: Database) {
  return {
    about: new AboutRepository(db),
    entities: new EntityRepository(db),
    pages: new PageRepository(db),
    graph: new GraphRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
