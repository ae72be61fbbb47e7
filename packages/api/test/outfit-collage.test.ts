/**
 * GET /api/outfits/:id/image: a PNG flat-lay, owner-scoped, cacheable by ETag, with each
 * garment's pixels inside its slot's box (solid-colour garments make that checkable), and each
 * garment named in the column beside it in English or Spanish, legible in light and dark.
 * COLLAGE_PNG_DIR=/some/dir keeps the labelled PNGs there, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('names the garments in the column beside them, in the asked or accepted language', async () => {
    server = await startTestServer({ compositor: createSharpCompositor() });
    const top = await add(server, '#c0392b', 'Shirt', 'rojo');
    const pants = await add(server, '#2c3e50', 'Pants', 'azul');
    const shoes = await add(server, '#7f8c8d', 'Shoes', 'gris');
    const saved = await call(server.url, 'POST', '/api/outfits/save', {
      json: { superior_id: top, inferior_id: pants, zapatos_id: shoes },
    });
    const id = saved.body._id;
    const named = await call(server.url, 'PATCH', `/api/outfits/${id}`, {
      json: { nombre: 'Lunes de oficina' },
    });
    expect(named.status).toBe(200);
    const get = async (query: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${server!.url}/api/outfits/${id}/image${query}`, { headers });
      expect(res.status, query).toBe(200);
      const png = Buffer.from(await res.arrayBuffer());
      if (process.env.COLLAGE_PNG_DIR) {
        mkdirSync(process.env.COLLAGE_PNG_DIR, { recursive: true });
        const name = `collage${query.replace(/[?&=]/g, '-') || '-default'}.png`;
        writeFileSync(join(process.env.COLLAGE_PNG_DIR, name), png);
      }
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      return { etag: res.headers.get('etag'), vary: res.headers.get('vary'), data, info };
    };
    type Image = Awaited<ReturnType<typeof get>>;
    // The label column: right of the garments, below the hat's place.
    const column = { x0: 612, x1: 890, y0: 330, y1: 1190 };
    const inColumn = (img: Image, keep: (r: number, g: number, b: number) => boolean) => {
      let n = 0;
      for (let y = column.y0; y < column.y1; y++) {
        for (let x = column.x0; x < column.x1; x++) {
          const i = (y * img.info.width + x) * img.info.channels;
          if (keep(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) n++;
        }
      }
      return n;
    };
    const diff = (a: Image, b: Image, inside: boolean) => {
      let n = 0;
      for (let i = 0; i < a.data.length; i += a.info.channels) {
        const x = (i / a.info.channels) % a.info.width;
        if (x >= column.x0 === inside && a.data[i] !== b.data[i]) n++;
      }
      return n;
    };

    const en = await get('?lang=en');
    const es = await get('?lang=es');
    // Text is drawn (a font was found), and it is the words that differ, not the garments.
    const darkInk = (r: number, g: number, b: number) => r + g + b < 3 * 110;
    expect(inColumn(en, darkInk)).toBeGreaterThan(1500);
    expect(inColumn(es, darkInk)).toBeGreaterThan(1500);
    expect(diff(en, es, true)).toBeGreaterThan(500);
    expect(diff(en, es, false)).toBe(0);
    expect(en.etag).not.toBe(es.etag);
    expect(en.vary).toContain('Accept-Language');

    // Without `lang`: Accept-Language's first of en/es, else English.
    expect((await get('', { 'accept-language': 'es-ES,es;q=0.9,en;q=0.8' })).etag).toBe(es.etag);
    expect((await get('', { 'accept-language': 'fr-FR,en;q=0.5,es;q=0.4' })).etag).toBe(en.etag);
    expect((await get('')).etag).toBe(en.etag);

    // Dark: light words on the dark background, as many as dark words in light.
    const dark = await get('?lang=es&theme=dark');
    const lightInk = (r: number, g: number, b: number) => r + g + b > 3 * 180;
    expect(inColumn(dark, lightInk)).toBeGreaterThan(1500);

    const bad = await call(server.url, 'GET', `/api/outfits/${id}/image?lang=fr`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/lang/);
  }, 60_000);
});
