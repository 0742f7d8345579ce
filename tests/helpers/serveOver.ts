import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.js';
import { Availability } from '../../src/db/Availability.js';
import type { Database } from '../../src/db/Database.js';
import { watchReadiness } from '../../src/graph/watchReadiness.js';
import { createApolloServer } from '../../src/server.js';
import { memoryLogger } from './memoryLogger.js';

/**
 * diachi's real HTTP app and Apollo server over a Database chosen by the test (one whose server
 * is gone, one on the wrong database), configured as in production: internals masked.
 */
export async function serveOver(db: Database, log: (error: unknown) => void = () => {}) {
  const httpServer = http.createServer();
  // `log` receives each error the server logged as internal (as pino serialised it: message, stack, code).
  const { logger } = memoryLogger('info', (entry) => {
    if (entry.event === 'internal-error') log(entry.err);
  });
  const apollo = createApolloServer({ httpServer, introspection: false, exposeInternals: false, queryStats: false, logger });
  await apollo.start();
  const readiness = watchReadiness(db, new Availability(() => db.driver.verifyConnectivity(), logger));
  httpServer.on(
    'request',
    createApp({
      apollo,
      db,
      corsOrigins: [],
      bodyLimit: '100kb',
      bodyTimeoutMs: 10_000,
      graphiql: false,
      publicUrl: 'http://localhost:4000',
      checkReady: () => readiness.check(),
      knownReadiness: () => readiness.known(),
      logger,
    }),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const post = async (query: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<Record<string, unknown>> } };
  };
  return {
    url,
    post,
    stop: () => {
      readiness.stop();
      return apollo.stop();
    },
  };
}
