import type { Database } from './db/Database.js';
import { createLoaders, type Loaders } from './loaders/createLoaders.js';
import { createRepositories, type Repositories } from './repositories/createRepositories.js';

/** What every resolver receives. Built per request, so no state leaks between requests. */
export interface Context {
  readonly loaders: Loaders;
  readonly repositories: Repositories;
  /** Cypher round-trips made for this request (reported in extensions when query stats are on). */
  readonly queries: { count: number };
}

export function createContext(db: Database): Context {
  const queries: Context['queries'] = { count: 0 };
  const observed = db.observed({
    onQuery() {
      queries.count += 1;
    },
  });
  const repositories = createRepositories(observed);
  return { loaders: createLoaders(repositories), repositories, queries };
}
