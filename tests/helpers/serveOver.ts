import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.js';
import type { Database } from '../../src/db/Database.js';
import { createApolloServer } from '../../src/server.js';

/**
 * diachi's real HTTP app and Apollo server over a Database chosen by the test (one whose server
 * is gone, one on the wrong database), configured as in production: internals masked.
 */
export async function serveOver(db: Database, log: (error: unknown) => void = () => {}) {
  const httpServer = http.createServer();
  const apollo = createApolloServer({ httpServer, introspection: false, exposeInternals: false, queryStats: false, log });
  await apollo.start();
  httpServer.on('request', createApp({ apollo, db, corsOrigins: [], bodyLimit: '100kb', graphiql: false, publicUrl: 'http://localhost:4000' }));
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
  return { url, post, stop: () => apollo.stop() };
}
