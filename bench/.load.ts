import sharp from 'sharp';
const img = await sharp('fixtures/photos/outwear-2.jpg').resize(1600, 1200, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer();
const boundary = 'XbX';
const body = new Uint8Array(Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="imagen"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`), img, Buffer.from(`\r\n--${boundary}--\r\n`)]));
const url = process.argv[2]!;
let next = 0; const N = 120; const t0 = performance.now();
await Promise.all(Array.from({ length: 8 }, async () => { while (next++ < N) { const r = await fetch(url, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body }); await r.arrayBuffer(); } }));
console.log('rps', (N / ((performance.now() - t0) / 1000)).toFixed(1));
