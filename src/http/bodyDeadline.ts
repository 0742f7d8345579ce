import type { RequestHandler } from 'express';
import { sendError } from './sendError.js';

/**
 * Answers 408 (REQUEST_TIMEOUT, as JSON) and closes the connection when a request's body has not
 * fully arrived `ms` after its headers: a Content-Length larger than the body sent otherwise held
 * the connection until Node's own 300 s request timeout (issue 9).
 */
export function bodyDeadline(ms: number): RequestHandler {
  return (req, res, next) => {
    if (req.readableEnded || (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined)) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (req.readableEnded || res.headersSent) return;
      res.setHeader('connection', 'close');
      sendError(res, 408, 'REQUEST_TIMEOUT', `Expected the request body within ${ms / 1000} s, but it did not arrive in full.`);
      res.once('finish', () => req.destroy());
    }, ms);
    const done = () => clearTimeout(timer);
    req.once('end', done);
    req.once('close', done);
    res.once('close', done);
    next();
  };
}
