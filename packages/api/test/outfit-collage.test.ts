/**
 * GET /api/outfits/:id/image: a PNG flat-lay, owner-scoped, cacheable by ETag, with each
 * garment's pixels inside its slot's box (solid-colour garments make that checkable).
 */
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { createSharpCompositor } from '@fashion/adapters/compositor-sharp/index.ts';
import { flatLayout } from '@fashion/core';
import { call, uploadForm } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const solid = (hex: string) =>
  sharp({ create: { width: 300, height: 400, channels: 3, background: hex } })
    .png()
    .toBuffer();

async function add(s: TestServer, hex: string, clase: string, color: string): Promise<string> {
  const res = await call(s.url, 'POST', '/api/prendas/upload', {
    form: uploadForm(await solid(hex), { clase_nombre: clase, color }, 'g.png', 'image/png'),
  });
  expect(res.status).toBe(201);
  return res.body._id;
}

describe('outfit collage PNG', () => {
  it('places each garment in its slot box; ETag revalidates; an outfit not the caller’s is 404', async () => {
    server = await startTestServer({ compositor: createSharpCompositor() });
    const top = await add(server, '#ff0000', 'Shirt', 'rojo');
    const pants = await add(server, '#0000ff', 'Pants', 'azul');
    const shoes = await add(server, '#00ff00', 'Shoes', 'verde');
    const saved = await call(server.url, 'POST', '/api/outfits/save', {
      json: { superior_id: top, inferior_id: pants, zapatos_id: shoes },
    });
    expect(saved.status).toBe(201);
    const path = `/api/outfits/${saved.body._id}/image`;

    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 900, 1200, true]);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => {
      const i = (Math.round(y) * info.width + Math.round(x)) * info.channels;
      return [data[i], data[i + 1], data[i + 2]];
    };
    const colours = { superior: [255, 0, 0], inferior: [0, 0, 255], zapatos: [0, 255, 0] };
    for (const box of flatLayout(['superior', 'inferior', 'zapatos'])) {
      const cx = (box.x + box.width / 2) * 900;
      const cy = (box.y + box.height / 2) * 1200;
      const want = colours[box.slot as keyof typeof colours];
      // The stored photo is lossy WebP: each channel within a few levels.
      pixel(cx, cy).forEach((v, i) => expect(Math.abs(v! - want[i]!), box.slot).toBeLessThan(8));
    }
    // Outside every box: the background.
    expect(pixel(890, 1190)).toEqual([0xf3, 0xef, 0xe8]);

    const etag = res.headers.get('etag')!;
    expect(res.headers.get('cache-control')).toContain('max-age');
    const again = await fetch(`${server.url}${path}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const dark = await fetch(`${server.url}${path}?theme=dark`);
    expect(dark.headers.get('etag')).not.toBe(etag);

    const missing = await call(server.url, 'GET', '/api/outfits/0123456789abcdef01234567/image');
    expect(missing.status).toBe(404);
  }, 60_000);
});
