import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { readyQueries, renderBrowserGuide } from './renderBrowserGuide.js';

export interface ExplorerOptions {
  /** The project root: the built explorer is in dist/web, the Browser guide and style in docs/browser. */
  readonly projectRoot: string;
  /** The local Neo4j Browser (`http://127.0.0.1:7474/browser/`), when diachi started one. */
  readonly neo4jBrowserUrl?: string | undefined;
}

// Paths the explorer's history-API fallback must never answer: they belong to the API and to
// the deployment probes, and a typo there should get a 404, not the explorer's page.
const NOT_EXPLORER = /^\/(graphql|graphiql|health|ready|guide|exports)(\/|$)/;

/**
 * The explorer page's own policy: everything from this origin, nothing inline, no eval, no
 * frames. The browser tests fail on any console error, so a violation of it fails them too.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The web explorer (web/, built by `npm run build` into dist/web) at `/`, with a history-API
 * fallback so deep links such as /unit/vinh-long-1992/timeline load the app; its small config
 * (/explorer-config.json); and the Neo4j Browser guide and style sheet under /guide/, which
 * Browser fetches from its own origin (hence the CORS header there only).
 */
export function serveExplorer(options: ExplorerOptions): Router {
  const router = express.Router();
  const webRoot = path.join(options.projectRoot, 'dist', 'web');
  const browserDocs = path.join(options.projectRoot, 'docs', 'browser');

  router.get('/explorer-config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json({ neo4jBrowserUrl: options.neo4jBrowserUrl ?? null });
  });

  const guideFiles: Record<string, { file: string; type: string }> = {
    'diachi.html': { file: 'guide.html', type: 'text/html; charset=utf-8' },
    'diachi.grass': { file: 'diachi.grass', type: 'text/plain; charset=utf-8' },
  };
  router.get('/guide/:file', (req: Request<{ file: string }>, res: Response) => {
    // An own property only: `constructor` or `__proto__` must not reach readFileSync (issue 9).
    const entry = Object.hasOwn(guideFiles, req.params.file) ? guideFiles[req.params.file] : undefined;
    if (!entry) {
      res.status(404).type('text').send('No such guide file.');
      return;
    }
    const text = readFileSync(path.join(browserDocs, entry.file), 'utf8');
    const origin = `${req.protocol}://${req.get('host') ?? '127.0.0.1:4000'}`;
    // The guide takes its queries from queries.cypher and names the address diachi was reached at.
    const body =
      entry.file === 'guide.html'
        ? renderBrowserGuide(text, readyQueries(readFileSync(path.join(browserDocs, 'queries.cypher'), 'utf8')), origin).html
        : text;
    res.set('access-control-allow-origin', '*').set('cache-control', 'no-cache').type(entry.type).send(body);
  });

  // Hashed bundle files never change under their name; index.html must always be revalidated.
  router.use('/assets', express.static(path.join(webRoot, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.get(/.*/, (req, res, next) => {
    // Only page URLs (no file extension) fall back to the app: a missing /favicon.ico or
    // /assets/x.js must stay a 404, not become HTML.
    if (NOT_EXPLORER.test(req.path) || path.extname(req.path) !== '' || req.accepts(['html', 'json']) !== 'html') {
      next();
      return;
    }
    const index = path.join(webRoot, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('text').send('The explorer is not built: run `npm run build` (or `npm start`), then reload.');
      return;
    }
    res.set('cache-control', 'no-cache').set('content-security-policy', EXPLORER_CSP).sendFile(index);
  });
  return router;
}
