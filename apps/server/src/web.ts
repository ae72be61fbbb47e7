/**
 * Serves the built web app (apps/web/dist) beside the API: files as they are (hashed assets
 * cached for good), and index.html for any other non-API path so client-side routes work on
 * reload. Registered after the API routes, so /api paths never reach it.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono, MiddlewareHandler } from 'hono';
import { except } from 'hono/combine';
import { secureHeaders } from 'hono/secure-headers';

export function mountWeb<E extends Env>(app: Hono<E>, root: string): boolean {
  if (!existsSync(root)) return false;
  const headers = secureHeaders({
    // The SPA talks to Auth0 and loads its own bundles; a CSP belongs with its build, not here.
    contentSecurityPolicy: undefined,
    crossOriginEmbedderPolicy: false,
  });
  const files = serveStatic({
    root,
    onFound: (path, c) => {
      c.header(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const spa = serveStatic({
    root,
    path: 'index.html',
    onFound: (_path, c) => {
      c.header('Cache-Control', 'no-cache');
    },
  });
  const fallback: MiddlewareHandler = async (c, next) =>
    // A missing file (has an extension) is a 404, not the app's HTML.
    extname(c.req.path) ? next() : spa(c, next);
  app.get('*', except(['/api', '/api/*'], headers, files, fallback));
  return true;
}
