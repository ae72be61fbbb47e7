/**
 * GET /api/export of a 5,000-garment wardrobe (real SQLite file, real WebP images on disk) over
 * HTTP, in bounded memory. The ZIP is streamed to a file while live memory (heap + array
 * buffers, after a full GC) is sampled; the peak growth must stay far below the ZIP's size (an
 * export that buffered its images before sending would hold about the whole ZIP). Then the file
 * is read back with the import's own checks: 5,000 rows, every image present with its SHA-256.
 *
 * The bound can fail: with an export changed to build the whole ZIP before sending its first
 * byte, 2,000 garments (a 27.6 MiB ZIP) grew live memory by 40 MiB and failed it; the streaming
 * export grows by about 11 MiB for 5,000 garments (a 69 MiB ZIP), the rows it keeps for
 * wardrobe.json. About 30 s here on two busy cores.
 */
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newId } from '@fashion/core';
import type { SqliteStore } from '@fashion/adapters/sqlite/index.ts';
import { readExport, unzip } from '../src/features/portability/zip-read.ts';
import { startTestServer } from './helpers/server.ts';

/** EXPORT_TEST_GARMENTS overrides the count (e.g. a quick run while changing the export). */
const GARMENTS = Number(process.env.EXPORT_TEST_GARMENTS ?? 5000);
/** Distinct real WebPs (noise, so that they do not compress to nothing), reused round-robin. */
const VARIANTS = 16;
const MiB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Memory still reachable: the JS heap and the ArrayBuffers (image bytes, stream chunks). */
function live(): number {
  // The second collection finishes the sweeping of array buffers the first one found dead.
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function noiseWebp(seed: number): Promise<Uint8Array> {
  const side = 128;
  const raw = Buffer.alloc(side * side * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < raw.length; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    raw[i] = x >>> 24;
  }
  return new Uint8Array(
    await sharp(raw, { raw: { width: side, height: side, channels: 3 } })
      .webp({ quality: 90 })
      .toBuffer(),
  );
}

describe('export of a large wardrobe', () => {
  it(`streams ${GARMENTS} garments and their images with memory far below the export’s size`, async () => {
    const s = await startTestServer();
    try {
      const webps = await Promise.all(Array.from({ length: VARIANTS }, (_, i) => noiseWebp(i)));
      const imageBytes = webps.reduce((n, w) => n + w.length, 0) / VARIANTS;

      // Rows through the store in one transaction; images through the real disk image store.
      const { connection } = s.store as SqliteStore;
      connection.exec('BEGIN');
      for (let start = 0; start < GARMENTS; start += 100) {
        const batch = Array.from({ length: Math.min(100, GARMENTS - start) }, (_, j) => start + j);
        await Promise.all(
          batch.map(async (i) => {
            const key = `${newId()}${'0'.repeat(8)}.webp`;
            await s.images.put(key, webps[i % VARIANTS]!, 'image/webp');
            await s.store.garments.create({
              _id: newId(),
              userId: 'anonymous',
              imagen_url: s.images.url(key),
              image_key: key,
              tipo: 'superior',
              clase_nombre: 'Shirt',
              color: 'azul',
              confianza: 1,
              ocasion: ['casual'],
              fecha_agregada: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
            });
          }),
        );
      }
      connection.exec('COMMIT');

      const before = live();
      let peak = before;
      const res = await fetch(`${s.url}/api/export`);
      expect(res.status).toBe(200);
      const path = join(s.dir, 'export.zip');
      const out = createWriteStream(path);
      let received = 0;
      let sampledAt = 0;
      const samples: number[] = [];
      const reader = res.body!.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        received += r.value.length;
        if (!out.write(r.value)) await new Promise<void>((ok) => out.once('drain', () => ok()));
        // The first chunk, then every 8 MiB: an export that built its ZIP before sending holds
        // all of it when its first bytes arrive.
        if (sampledAt === 0 || received - sampledAt >= 8 * MiB) {
          sampledAt = received;
          const m = live();
          samples.push(Math.round((m - before) / MiB));
          peak = Math.max(peak, m);
        }
      }
      await new Promise<void>((ok, fail) =>
        out.end((err?: Error | null) => (err ? fail(err) : ok())),
      );
      const growth = peak - before;
      const zipBytes = statSync(path).size;
      console.log(
        `export of ${GARMENTS} garments: ZIP ${(zipBytes / MiB).toFixed(1)} MiB ` +
          `(images ${(imageBytes / 1024).toFixed(1)} KiB each), ` +
          `live memory growth peak ${(growth / MiB).toFixed(1)} MiB over samples ${samples.join(' ')} MiB`,
      );
      expect(received).toBe(zipBytes);
      expect(zipBytes).toBeGreaterThan(GARMENTS * imageBytes);
      // The rows (text) stay in memory until wardrobe.json is written; the images must not.
      expect(growth).toBeLessThan(zipBytes / 3);

      // Read back with the import's checks: every row, every image with its SHA-256.
      const checked = await readExport(unzip(readFileSync(path), 1028 * MiB));
      expect(checked.garments).toHaveLength(GARMENTS);
      expect(new Set(checked.garments.map((g) => g.image.sha256)).size).toBe(VARIANTS);
      expect(checked.garments.every((g) => g.image.contentType === 'image/webp')).toBe(true);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  }, 180_000);
});
