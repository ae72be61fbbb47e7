import { readFileSync } from 'node:fs';
import { startTestServer } from './test/helpers/server.ts';
const s = await startTestServer();
const photo = readFileSync('../../fixtures/photos/shirt-1.jpg');
const form = new FormData();
form.append('imagen', new Blob([photo], { type: 'image/jpeg' }), 'shirt.jpg');
form.append('clase_nombre', 'Shirt'); form.append('color', 'azul'); form.append('ocasion', 'casual,trabajo');
let r = await fetch(`${s.url}/api/prendas/upload`, { method: 'POST', body: form });
const g = await r.json() as any;
console.log(r.status, g);
r = await fetch(`${s.url}/api/prendas`); console.log(r.status, (await r.text()).slice(0, 200), [...r.headers].map(h=>h[0]).join(','));
r = await fetch(`${s.url}${g.imagen_url}`); console.log(r.status, r.headers.get('content-type'), (await r.arrayBuffer()).byteLength);
r = await fetch(`${s.url}${g.thumbnail_url}`); console.log(r.status, r.headers.get('content-type'));
console.log(s.counts());
for (const [m, p, b] of [['GET', '/api/prendas/abc'], ['GET', '/api/nothing'], ['PUT', '/api/prendas'], ['POST', '/api/prendas/upload'], ['GET', '/api/ml-health'], ['GET', '/api/health'], ['GET','/api/me'], ['PUT', '/api/me/preferences', '{"estilo":"elegante","$where":"1"}'], ['POST', '/api/classify/vit-base64', '{"imageDataUrl":"data:image/png;base64,AAAA"}'], ['GET', '/api/model/metrics']] as const) {
  r = await fetch(`${s.url}${p}`, { method: m, body: b, headers: b ? { 'content-type': 'application/json' } : {} });
  console.log(m, p, r.status, await r.text(), r.headers.get('allow') ?? '');
}
const doc = await fetch(`${s.url}/api/openapi.json`).then(r => r.json()) as any;
console.log(Object.keys(doc.paths));
r = await fetch(`${s.url}/api/prendas/${g._id}`, { method: 'DELETE' }); console.log(r.status, await r.text(), s.counts());
await s.close();
