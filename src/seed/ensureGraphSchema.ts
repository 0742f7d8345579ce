import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from '../cypher/schemaQueries.js';
import type { Database } from '../db/Database.js';

/** Creates the constraints and indexes (idempotent) and waits until they are online. */
export async function ensureGraphSchema(db: Database): Promise<void> {
  // Schema commands cannot share a transaction with each other, so they run one by one.
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write(AWAIT_INDEXES);
}
