/**
 * Serves a built SPA folder (the original frontend's `vite build` output) with index.html as the
 * fallback for client-side routes, like the original's Cloudflare Pages `_redirects`.
 *
 * Run:  STATIC_ROOT=/tmp/orig/dist-cross STATIC_PORT=8792 \
 *         node_modules/.bin/tsx scripts/original-frontend/static-server.ts
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(process.env.STATIC_ROOT ?? '/tmp/orig/dist-cross');
const PORT = Number(process.env.STATIC_PORT ?? 8792);
const HOST = process.env.STATIC_HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = join(ROOT, normalize(path));
  const isFile = file.startsWith(ROOT) && existsSync(file) && statSync(file).isFile();
  // Like Pages' `/* /index.html 200`: any path that is not a file gets the app.
  const served = isFile ? file : join(ROOT, 'index.html');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  createReadStream(served).pipe(res);
});

server.listen(PORT, HOST, () => console.log(`[static] ${ROOT} on http://${HOST}:${PORT}`));
