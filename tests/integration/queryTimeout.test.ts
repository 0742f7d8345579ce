import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/Database.js';
import { testDriver } from '../helpers/neo4jSession.js';

describe('the read timeout (issue 9)', () => {
  const driver = testDriver();
  afterAll(() => driver.close());

  it('stops a read that makes Neo4j work past the limit, as QUERY_TIMEOUT', async () => {
    const db = new Database(driver, 'neo4j', undefined, { readTimeoutMs: 200 });
    // A few hundred million rows: minutes of work without the limit.
    const heavy = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n';
    await expect(db.read(heavy)).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT', http: { status: 503 } } });
    // The same database answers the next read at once: the transaction was rolled back, not left running.
    expect(await db.read<{ ok: number }>('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
  });
});
