import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createContext, type Context } from './context.js';
import type { Database } from './db/Database.js';
import type { ErrorCode } from './errors/errorCodes.js';
import type { Readiness } from './graph/watchReadiness.js';
import { bodyDeadline } from './http/bodyDeadline.js';
import { graphiqlAssets } from './http/graphiqlAssets.js';
import { renderGraphiQL, renderGraphiQLStart } from './http/renderGraphiQL.js';
import { requestId } from './http/requestId.js';
import { securityHeaders } from './http/securityHeaders.js';
import { sendError } from './http/sendError.js';
import { silentLogger, type Logger } from './log/createLogger.js';
import { serveExplorer, type ExplorerOptions } from './http/serveExplorer.js';
import { EXPORTS_PATH } from './export/exportFiles.js';
import { serveExports } from './http/serveExports.js';

export interface AppOptions {
  readonly apollo: ApolloServer<Context>;
  readonly db: Database;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  /** How long a request body may take to arrive after its headers. */
  readonly bodyTimeoutMs: number;
  readonly graphiql: boolean;
  /** Asks Neo4j (and the seed load's marker) afresh: /ready. */
  readonly checkReady: () => Promise<Readiness>;
  /** The last known readiness, cheap: consulted before every GraphQL request. */
  readonly knownReadiness: () => Readiness;
  readonly logger?: Logger;
  /** The web explorer at `/` and the Neo4j Browser guide at /guide/; omitted, neither is served. */
  readonly explorer?: ExplorerOptions;
  /** The base of the stable URIs in the exports (config DIACHI_PUBLIC_URL). */
  readonly publicUrl: string;
}

// Answers are read from a graph that a seed load can change at any time, and GET queries are
// allowed: no cache may keep them. (Apollo's cache-control plugin used to say so; it is disabled
// in server.ts, since diachi sets no cache hints for it to compute with.)
const noStore = (_req: Request, res: Response, next: NextFunction) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

// Body-parser's refusals (https://github.com/expressjs/body-parser#errors), each a client error.
const BODY_ERRORS: Record<string, { status: number; code: ErrorCode; message: (limit: string) => string }> = {
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: (limit) => `The request body is larger than ${limit}.` },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body is not valid JSON.' },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'Expected a UTF-8 JSON body, but the charset is another.',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'Expected a body with Content-Encoding identity, gzip, deflate or br, but got another.',
  },
};

/**
 * The HTTP surface: /graphql (POST and GET, Apollo), GraphiQL at GET /graphql for browsers,
 * /health (the process is up) and /ready (Neo4j answers and the graph is complete) for
 * deployments, and the web explorer at `/` (src/http/serveExplorer.ts). Every answer outside the
 * explorer's and GraphiQL's pages, an error included, is JSON with a stable code.
 */
export function createApp(options: AppOptions): Express {
  const logger = options.logger ?? silentLogger;
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId(), securityHeaders());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const readiness = await options.checkReady();
    if (readiness.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', code: readiness.code, reason: readiness.reason });
  });

  // A partial graph (a seed load running or killed) or a database known to be down is said
  // once, plainly, before any work: not as empty lists or files, nor as a pile of driver timeouts.
  // A load mark seen last time is looked at again before refusing (one small read, only while the
  // graph is marked): a load that has just completed is served at once, not a poll interval later.
  const whenReady = async (_req: Request, res: Response, next: NextFunction) => {
    let readiness = options.knownReadiness();
    if (!readiness.ready && readiness.code === 'GRAPH_INCOMPLETE') readiness = await options.checkReady();
    if (readiness.ready) next();
    else sendError(res, 503, readiness.code, readiness.reason);
  };

  app.use(EXPORTS_PATH, whenReady, serveExports(options.db, options.publicUrl));

  if (options.graphiql) {
    app.get('/graphiql/start.js', (_req, res) => {
      res.type('text/javascript').send(renderGraphiQLStart({ endpoint: '/graphql' }));
    });
    app.get('/graphiql/:file', (req, res, next) => {
      // An own property only: `constructor` or `__proto__` must not reach sendFile as a path.
      const name = req.params.file;
      if (!Object.hasOwn(graphiqlAssets, name)) {
        next();
        return;
      }
      res.sendFile(graphiqlAssets[name]!, { maxAge: '1d' });
    });
    app.get('/graphql', (req, res, next) => {
      // Browsers ask for HTML; GraphQL clients sending GET queries ask for JSON.
      const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
      if (!wantsHtml || req.query.query !== undefined) {
        next();
        return;
      }
      res.type('html').send(renderGraphiQL({ assets: '/graphiql' }));
    });
  }

  app.use(
    '/graphql',
    bodyDeadline(options.bodyTimeoutMs),
    cors<cors.CorsRequest>({ origin: options.corsOrigins.length > 0 ? [...options.corsOrigins] : false }),
    whenReady,
    express.json({ limit: options.bodyLimit }),
    noStore,
    expressMiddleware(options.apollo, { context: async () => createContext(options.db) }),
  );

  if (options.explorer) app.use(serveExplorer(options.explorer));

  app.use((_req, res) => {
    sendError(res, 404, 'NOT_FOUND', 'Expected a path diachi serves (/graphql, /exports, /health, /ready), but this is none of them.');
  });

  // Whatever reaches here is refused as JSON: the client's mistakes with their code, anything
  // else logged and masked (Express's default answer is an HTML page with a stack trace).
  app.use((error: { type?: string; status?: number; statusCode?: number }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = error.type ? BODY_ERRORS[error.type] : undefined;
    if (known) {
      sendError(res, known.status, known.code, known.message(options.bodyLimit));
      return;
    }
    const status = error.status ?? error.statusCode;
    if (status && status >= 400 && status < 500) {
      sendError(res, status, 'BAD_REQUEST', 'The request could not be read.');
      return;
    }
    logger.error({ event: 'internal-error', requestId: req.headers['x-request-id'], err: error }, 'Masked an internal HTTP error.');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  });
  return app;
}
