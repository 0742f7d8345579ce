import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
}

/** One driver per process: it owns the connection pool, so it is created once and closed on exit. */
export function createDriver({ uri, username, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    maxConnectionPoolSize: 100,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    logging: { level: 'warn', logger: (level, message) => console.warn(`[neo4j ${level}] ${message}`) },
  });
}
