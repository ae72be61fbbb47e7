/**
 * The baseline for bench/api.ts: a bare Hono app on @hono/node-server with one JSON route and
 * nothing else (no middleware, no store), in its own process like the real server.
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/api/bench/bare', (c) => c.json({ ok: true }));
// The list's gzip bytes (BENCH_GZIP_BODY: a file) sent with no work at all.
const gzipBody = process.env.BENCH_GZIP_BODY ? readFileSync(process.env.BENCH_GZIP_BODY) : null;
if (gzipBody)
  app.get('/api/bench/list-gzip', (c) =>
    c.body(new Uint8Array(gzipBody), 200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    }),
  );
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  console.log(`listening on http://127.0.0.1:${info.port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
