import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/Database.js';
import { DatabaseUnavailableError } from '../../src/errors/DatabaseUnavailableError.js';
import { findFreePort } from '../../src/localNeo4j/findFreePort.js';
import { testDriver } from '../helpers/neo4jSession.js';
import { serveOver } from '../helpers/serveOver.js';

// Errors from a real Neo4j, through the real HTTP server: a driver error is recognised by its
// code; one that means "no database" becomes DATABASE_UNAVAILABLE; any other is logged whole and
// reaches the client only as INTERNAL_SERVER_ERROR.

const driver = testDriver();
// A Bolt port nothing listens on: the driver's connection is refused at once.
let gone: ReturnType<typeof neo4j.driver>;
beforeAll(async () => {
  gone = neo4j.driver(`bolt://127.0.0.1:${await findFreePort()}`, neo4j.auth.basic('neo4j', 'unused'), { connectionTimeout: 5000 });
});
afterAll(async () => {
  await driver.close();
  await gone.close();
});

describe('driver errors, mapped by code', () => {
  it('turns a refused connection (ServiceUnavailable) into DATABASE_UNAVAILABLE', async () => {
    const failure = await new Database(gone, 'neo4j').read('RETURN 1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseUnavailableError);
    expect((failure as DatabaseUnavailableError).extensions.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('leaves an error of the statement as the driver raised it, code and all', async () => {
    // The system database knows no graph: Neo4j refuses the statement with a client error.
    const failure = await new Database(driver, 'system').read('MATCH (n:Province) RETURN n').catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(DatabaseUnavailableError);
    expect((failure as { code?: string }).code).toMatch(/^Neo\.ClientError\./);
  });
});

describe('the HTTP server without its database', () => {
  it('answers /ready with 503 while /health stays 200', async () => {
    const server = await serveOver(new Database(gone, 'neo4j'));
    try {
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'unavailable',
        code: 'DATABASE_UNAVAILABLE',
        reason: 'Neo4j does not answer right now; retry shortly.',
      });
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('answers a query with DATABASE_UNAVAILABLE and HTTP 503 (retry later), not an internal error', async () => {
    const server = await serveOver(new Database(gone, 'neo4j'));
    try {
      const { status, body } = await server.post('{ about { counts { label count } } }');
      expect(status).toBe(503);
      expect(body.errors?.map((error) => (error.extensions as { code: string }).code)).toEqual(['DATABASE_UNAVAILABLE']);
    } finally {
      await server.stop();
    }
  });
});

describe('error masking', () => {
  it('logs an unexpected error whole and sends the client only INTERNAL_SERVER_ERROR', async () => {
    const logged: unknown[] = [];
    const server = await serveOver(new Database(driver, 'system'), (error) => logged.push(error));
    try {
      const { status, body } = await server.post('{ provinces(first: 1) { totalCount } }');
      expect(status).toBe(200);
      expect(body.errors).toEqual([
        {
          message: 'Internal server error.',
          locations: [{ line: 1, column: 3 }],
          path: ['provinces'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      // What the client did not see reached the log: the driver's own error, with its code.
      expect(logged).toHaveLength(1);
      expect((logged[0] as { code?: string }).code).toMatch(/^Neo\.ClientError\./);
    } finally {
      await server.stop();
    }
  });
});
