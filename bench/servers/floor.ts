// The fair floor: the floor's hand-written Cypher behind the least HTTP there is (node:http, JSON
// in and out), in a child process like diachi and the peer and timed by the same autocannon, so
// that it pays the transport, parsing and serialisation diachi pays, and nothing else. POST
// { cypher, params } runs one auto-commit read, the way diachi's Database and the driver-only
// floor do, and answers { rows } (driver values made plain by diachi's own toPlain).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { createDriver } from '../../src/db/createDriver.js';
import { toPlain } from '../../src/db/toPlain.js';
import { serveUntilParentLeaves } from './serveUntilParentLeaves.js';

// diachi's own driver settings (pool size, liveness checks), so the two differ only above it.
const driver = createDriver({
  uri: process.env.NEO4J_URI!,
  username: process.env.NEO4J_USERNAME ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD!,
});

async function answer(body: string): Promise<unknown> {
  const { cypher, params } = JSON.parse(body) as { cypher: string; params?: Record<string, unknown> };
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher, params ?? {});
    return { rows: result.records.map((record) => toPlain(record.toObject())) };
  } finally {
    await session.close();
  }
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    answer(Buffer.concat(chunks).toString('utf8')).then(
      (data) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(data));
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
const { port } = server.address() as AddressInfo;
serveUntilParentLeaves(`http://127.0.0.1:${port}/`, async () => {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  await driver.close();
});
