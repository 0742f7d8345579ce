import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { createApp } from './app.js';
import { Database } from './db/Database.js';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { openGraph, type OpenGraph } from './graph/openGraph.js';
import { prepareGraph } from './graph/prepareGraph.js';
import { warmQueryCache } from './graph/warmQueryCache.js';
import { watchReadiness, type ReadinessWatch } from './graph/watchReadiness.js';
import { PortInUseError } from './http/PortInUseError.js';
import { silentLogger, type Logger } from './log/createLogger.js';
import { createApolloServer } from './server.js';

export interface RunningDiachi {
  readonly graph: OpenGraph;
  readonly apollo: ApolloServer<Context>;
  readonly readiness: ReadinessWatch;
  readonly url: string;
  readonly graphqlUrl: string;
  /** Drains HTTP, stops Apollo, closes the driver and stops the Neo4j diachi started. Idempotent. */
  stop(): Promise<void>;
}

/** Everything `npm start` does, as a function the tests and the benchmark call too. */
export async function startDiachi(
  config: Config,
  options: { log?: (line: string) => void; logger?: Logger; queryStats?: boolean } = {},
): Promise<RunningDiachi> {
  const logger = options.logger ?? silentLogger;
  const log = options.log ?? ((line: string) => logger.info(line));
  const graph = await openGraph(config, log, { logger });
  let readiness: ReadinessWatch | undefined;
  try {
    await prepareGraph(graph.db, { seed: config.seedOnStart, log });
    readiness = watchReadiness(graph.db, graph.availability);
    const httpServer = http.createServer({
      // Node's defaults hold a connection whose headers or body never finish for up to 300 s
      // (issue 9); bodyDeadline answers a slow body with JSON first, these are the backstop.
      headersTimeout: config.bodyTimeoutMs,
      requestTimeout: config.bodyTimeoutMs * 2,
    });
    const apollo = createApolloServer({
      httpServer,
      introspection: config.introspection,
      exposeInternals: config.env === 'development',
      queryStats: options.queryStats ?? config.env !== 'production',
      logger,
    });
    await apollo.start();
    const watch = readiness;
    httpServer.on(
      'request',
      createApp({
        apollo,
        db: graph.db,
        corsOrigins: config.corsOrigins,
        bodyLimit: config.bodyLimit,
        bodyTimeoutMs: config.bodyTimeoutMs,
        graphiql: config.introspection,
        checkReady: () => watch.check(),
        knownReadiness: () => watch.known(),
        logger,
        explorer: { projectRoot: config.projectRoot, neo4jBrowserUrl: graph.browserUrl },
        publicUrl: config.publicUrl,
      }),
    );
    try {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => resolve());
      });
    } catch (error) {
      await apollo.stop();
      if ((error as { code?: string }).code === 'EADDRINUSE') throw new PortInUseError(config.host, config.port);
      throw error;
    }
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    let stopping: Promise<void> | undefined;
    // In the background: requests are served meanwhile, and a stop may cut it short.
    const warmStarted = performance.now();
    // Without the read timeout: planning every statement at once on a busy machine may take longer
    // than one request is allowed, and a warm-up cut short helps no one.
    void warmQueryCache(new Database(graph.driver, graph.db.name)).then(
      (count) =>
        log(`Planned ${count} statements ahead of the first requests in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s.`),
      (error: unknown) => {
        if (!stopping) log(`Could not plan statements ahead (each will be planned when first used): ${String(error)}`);
      },
    );
    return {
      graph,
      apollo,
      readiness: watch,
      url,
      graphqlUrl: `${url}/graphql`,
      stop: () =>
        (stopping ??= (async () => {
          watch.stop();
          await apollo.stop(); // drains the HTTP server through the drain plugin
          await graph.close();
        })()),
    };
  } catch (error) {
    readiness?.stop();
    await graph.close();
    throw error;
  }
}
