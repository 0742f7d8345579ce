import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { Database } from '../../src/db/Database.js';

/** A driver straight to the test Neo4j over Bolt, for tests that check the graph itself. */
export function testDriver(): Driver {
  return neo4j.driver(inject('boltUri'), neo4j.auth.basic('neo4j', inject('neo4jPassword')));
}

export function testDatabase(driver: Driver): Database {
  return new Database(driver, 'neo4j');
}
