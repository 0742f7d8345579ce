import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

// A caller's own id (a proxy's X-Request-Id) is kept when it is short and plain, so one id follows
// a request through every log; anything else is replaced, never echoed into a log line as sent.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,64}$/;

/** Gives every request an id, in `x-request-id` on the request (Apollo's plugins read it) and the response. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = id;
    res.setHeader('x-request-id', id);
    next();
  };
}
