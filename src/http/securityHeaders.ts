import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The content security policy of every page diachi serves (GraphiQL, and any page built into a
 * static folder): scripts, styles, images, fonts and fetches from this origin only, no plugins,
 * no framing. This is the one place to change it. Styles may also be inline because GraphiQL and
 * CodeMirror set style attributes and inject <style> elements as they render; scripts may not.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/**
 * helmet's headers rather than hand-set ones: it keeps the list of headers current (nosniff,
 * frame protection, referrer policy, cross-origin isolation) and validates the CSP directives.
 * HSTS is left to the TLS proxy in front of diachi: the server itself speaks plain HTTP on loopback.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY, 'upgrade-insecure-requests': null } },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
