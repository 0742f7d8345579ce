import type { Database } from './db/Database.js';
import { WHOLE_RECORDS, type RecordFields } from './model/RecordFields.js';
import { createLoaders, type Loaders } from './loaders/createLoaders.js';
import { createRepositories, type Repositories } from './repositories/createRepositories.js';

/** What every resolver receives. Built per request, so no state leaks between requests. */
export interface Context {
  readonly loaders: Loaders;
  readonly repositories: Repositories;
  /** Cypher round-trips made for this request (reported in extensions when query stats are on). */
  readonly queries: { count: number };
  /**
   * What this request's statements fetch of each record type: set from the operation once it is
   * known (server.ts, src/graphql/recordFieldsOf.ts); whole records until then.
   */
  readonly records: { fields: RecordFields };
}

export function createContext(db: Database): Context {
  const queries: Context['queries'] = { count: 0 };
  const observed = db.observed({
    onQuery() {
      queries.count += 1;
    },
  });
  const repositories = createRepositories(observed);
  const records: Context['records'] = { fields: WHOLE_RECORDS };
  return { loaders: createLoaders(repositories, records), repositories, queries, records };
}
