import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { createApp } from './app.js';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { openGraph, type OpenGraph } from './graph/openGraph.js';
import { prepareGraph } from './graph/prepareGraph.js';
import { warmQueryCache } from './graph/warmQueryCache.js';
import { createApolloServer } from './server.js';

export interface RunningDiachi {
  readonly graph: OpenGraph;
  readonly apollo: ApolloServer<Context>;
  readonly url: string;
  readonly graphqlUrl: string;
  /** Drains HTTP, stops Apollo, closes the driver and stops the Neo4j diachi started. Idempotent. */
  stop(): Promise<void>;
}

/** Everything `npm start` does, as a function the tests and the benchmark call too. */
export async function startDiachi(
  config: Config,
  options: { log?: (line: string) => void; queryStats?: boolean } = {},
): Promise<RunningDiachi> {
  const log = options.log ?? (() => {});
  const graph = await openGraph(config, log);
  try {
    await prepareGraph(graph.db, { seed: config.seedOnStart, log });
    const httpServer = http.createServer();
    const apollo = createApolloServer({
      httpServer,
      introspection: config.introspection,
      exposeInternals: config.env === 'development',
      queryStats: options.queryStats ?? config.env !== 'production',
    });
    await apollo.start();
    httpServer.on(
      'request',
      createApp({
        apollo,
        db: graph.db,
        corsOrigins: config.corsOrigins,
        bodyLimit: config.bodyLimit,
        graphiql: config.introspection,
        publicUrl: config.publicUrl,
      }),
    );
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    let stopping: Promise<void> | undefined;
    // In the background: requests are served meanwhile, and a stop may cut it short.
    const warmStarted = performance.now();
    void warmQueryCache(graph.db).then(
      (count) => log(`Planned ${count} statements ahead of the first requests in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s.`),
      (error: unknown) => {
        if (!stopping) log(`Could not plan statements ahead (each will be planned when first used): ${String(error)}`);
      },
    );
    return {
      graph,
      apollo,
      url,
      graphqlUrl: `${url}/graphql`,
      stop: () =>
        (stopping ??= (async () => {
          await apollo.stop(); // drains the HTTP server through the drain plugin
          await graph.close();
        })()),
    };
  } catch (error) {
    await graph.close();
    throw error;
  }
}
