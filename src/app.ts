import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { createContext, type Context } from './context.js';
import type { Database } from './db/Database.js';
import { graphiqlAssets } from './http/graphiqlAssets.js';
import { renderGraphiQL } from './http/renderGraphiQL.js';
import { EXPORTS_PATH } from './export/exportFiles.js';
import { serveExports } from './http/serveExports.js';

export interface AppOptions {
  readonly apollo: ApolloServer<Context>;
  readonly db: Database;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  readonly graphiql: boolean;
  /** The base of the stable URIs in the exports (config DIACHI_PUBLIC_URL). */
  readonly publicUrl: string;
}

/**
 * The HTTP surface: /graphql (POST and GET, Apollo), GraphiQL at GET /graphql for browsers,
 * /health (the process is up) and /ready (Neo4j answers) for deployments.
 */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.db.read('RETURN 1 AS ok');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer.' });
    }
  });

  app.use(EXPORTS_PATH, serveExports(options.db, options.publicUrl));

  if (options.graphiql) {
    app.get('/graphiql/:file', (req, res) => {
      const file = graphiqlAssets[req.params.file];
      if (!file) {
        res.status(404).end();
        return;
      }
      res.sendFile(file, { maxAge: '1d' });
    });
    app.get('/graphql', (req, res, next) => {
      // Browsers ask for HTML; GraphQL clients sending GET queries ask for JSON.
      const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
      if (!wantsHtml || req.query.query !== undefined) {
        next();
        return;
      }
      res.type('html').send(renderGraphiQL({ endpoint: '/graphql', assets: '/graphiql' }));
    });
  }

  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: options.corsOrigins.length > 0 ? [...options.corsOrigins] : false }),
    express.json({ limit: options.bodyLimit }),
    expressMiddleware(options.apollo, { context: async () => createContext(options.db) }),
  );

  // A body over the limit, or JSON that does not parse, is the client's mistake: say so plainly.
  app.use((error: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: `The request body is larger than ${options.bodyLimit}.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  });
  return app;
}
