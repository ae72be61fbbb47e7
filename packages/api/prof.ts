import { readFileSync } from 'node:fs';
import { startTestServer } from './test/helpers/server.ts';
import { createSqliteStore } from '@fashion/adapters/sqlite/index.ts';
const s = await startTestServer({ options: { rateLimit: { windowMs: 60000, max: 0, heavyMax: 0 } } });
const photo = readFileSync('../../fixtures/photos/shirt-1.jpg');
for (let i = 0; i < 200; i++) {
  const form = new FormData();
  form.append('imagen', new Blob([photo], { type: 'image/jpeg' }), 'a.jpg');
  form.append('clase_nombre', 'Shirt'); form.append('color', 'azul'); form.append('ocasion', 'casual,trabajo');
  await fetch(`${s.url}/api/prendas/upload`, { method: 'POST', body: form });
}
const store = createSqliteStore(`${s.dir}/fashion.db`);
let t = performance.now();
for (let i = 0; i < 500; i++) await store.garments.list('anonymous');
console.log('store.list µs', ((performance.now() - t) / 500 * 1000).toFixed(0));
const rows = await store.garments.list('anonymous');
t = performance.now();
for (let i = 0; i < 500; i++) JSON.stringify(rows);
console.log('stringify µs', ((performance.now() - t) / 500 * 1000).toFixed(0));
t = performance.now();
for (let i = 0; i < 300; i++) await (await fetch(`${s.url}/api/prendas`)).arrayBuffer();
console.log('http seq µs', ((performance.now() - t) / 300 * 1000).toFixed(0));
t = performance.now();
for (let i = 0; i < 300; i++) await (await fetch(`${s.url}/api/health`)).arrayBuffer();
console.log('http health seq µs', ((performance.now() - t) / 300 * 1000).toFixed(0));
await s.close();
