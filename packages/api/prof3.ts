import { readFileSync } from 'node:fs';
import { startTestServer } from './test/helpers/server.ts';
import { createApp, anonymousAuthenticator } from './src/index.ts';
import { createSqliteStore } from '@fashion/adapters/sqlite/index.ts';
import { DiskImageStore } from '@fashion/adapters/disk/index.ts';
import { createNullClassifier } from '@fashion/adapters/classifier-null/index.ts';
import { createUploadProcessor } from '@fashion/vision';
import { Hono } from 'hono';
const s = await startTestServer({ options: { rateLimit: { windowMs: 60000, max: 0, heavyMax: 0 } } });
const photo = readFileSync('../../fixtures/photos/shirt-1.jpg');
for (let i = 0; i < 200; i++) {
  const form = new FormData();
  form.append('imagen', new Blob([photo], { type: 'image/jpeg' }), 'a.jpg');
  form.append('clase_nombre', 'Shirt'); form.append('color', 'azul'); form.append('ocasion', 'casual,trabajo');
  await fetch(`${s.url}/api/prendas/upload`, { method: 'POST', body: form });
}
await s.close;
const store = createSqliteStore(`${s.dir}/fashion.db`);
const app = createApp({ store, images: new DiskImageStore({ dir: `${s.dir}/images` }), imageProcessor: createUploadProcessor(), classifier: createNullClassifier(), authenticator: anonymousAuthenticator, options: { rateLimit: { windowMs: 60000, max: 1e9, heavyMax: 1e9 } } });
const bare = new Hono(); bare.get('/api/bench/bare', (c) => c.json({ ok: true }));
const env = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
const bench = async (name: string, a: { fetch: (r: Request, e?: unknown) => Response | Promise<Response> }, path: string, headers: Record<string,string> = {}) => {
  for (let i = 0; i < 500; i++) await (await a.fetch(new Request(`http://x${path}`, { headers }), env)).arrayBuffer();
  const t = performance.now();
  const N = 3000;
  for (let i = 0; i < N; i++) await (await a.fetch(new Request(`http://x${path}`, { headers }), env)).arrayBuffer();
  console.log(name, ((performance.now() - t) / N * 1000).toFixed(1), 'µs');
};
await bench('bare', bare, '/api/bench/bare');
await bench('health', app, '/api/health');
await bench('list', app, '/api/prendas');
await bench('list gzip', app, '/api/prendas', { 'accept-encoding': 'gzip' });
await bench('store.list', { fetch: async () => { await store.garments.list('anonymous'); return new Response('x'); } }, '/');
