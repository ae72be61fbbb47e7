/**
 * GET /api/export as a stream: a ZIP whose image entries are written one garment at a time as
 * the client reads (a pull-based stream: the next image is fetched only when the previous bytes
 * were taken), then wardrobe.json last, when every image's SHA-256 is known. Memory holds the
 * garment rows (text) and one image, never the whole wardrobe. Images are stored, not
 * deflated: they are already compressed; the JSON is deflated.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { AppContext } from '../../deps.ts';
import type { StoredGarment } from '../../ports/store.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMAGES_DIR,
  MANIFEST_NAME,
  type ImageEntry,
  type PortableGarment,
} from './format.ts';
import { sha256Hex } from './hash.ts';
import { SECTIONS } from './sections.ts';

const encoder = new TextEncoder();

/** The garment as exported: no owner, no server URLs, no store keys; its image entries. */
function portable(g: StoredGarment, image: ImageEntry, thumbnail?: ImageEntry): PortableGarment {
  const {
    userId: _owner,
    imagen_url: _url,
    thumbnail_url: _thumbUrl,
    image_key: _key,
    thumbnail_key: _thumbKey,
    ...fields
  } = g;
  return { ...fields, image, ...(thumbnail ? { thumbnail } : {}) };
}

export function exportZip(
  ctx: AppContext,
  userId: string,
  now = new Date(),
): ReadableStream<Uint8Array> {
  let zip!: Zip;
  let garments: StoredGarment[] | undefined;
  let next = 0;
  const rows: PortableGarment[] = [];

  /** Adds one stored image as an entry; null when the store lost it (the row still travels). */
  async function addImage(key: string): Promise<ImageEntry | null> {
    const obj = await ctx.images.get(key);
    if (!obj) return null;
    const path = `${IMAGES_DIR}${key}`;
    const entry = new ZipPassThrough(path);
    zip.add(entry);
    entry.push(obj.body, true);
    return { path, sha256: await sha256Hex(obj.body) };
  }

  async function writeManifest(): Promise<void> {
    const entry = new ZipDeflate(MANIFEST_NAME, { level: 6 });
    zip.add(entry);
    const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported_at: now.toISOString() };
    entry.push(encoder.encode(`${JSON.stringify(head).slice(0, -1)},"garments":[`));
    rows.forEach((row, i) => entry.push(encoder.encode((i ? ',' : '') + JSON.stringify(row))));
    entry.push(encoder.encode(']'));
    // Each section may point only at what the file holds: the garments and the sections before it.
    const exported = new Map<string, ReadonlySet<string>>([
      ['garments', new Set(rows.map((r) => r._id))],
    ]);
    for (const section of SECTIONS) {
      const value = await section.list(ctx, userId, exported);
      exported.set(section.name, section.idsOf(value));
      entry.push(encoder.encode(`,${JSON.stringify(section.name)}:${JSON.stringify(value)}`));
    }
    entry.push(encoder.encode('}'), true);
  }

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        zip = new Zip((err, chunk, final) => {
          if (err) return controller.error(err);
          controller.enqueue(chunk);
          if (final) controller.close();
        });
      },
      async pull() {
        garments ??= [...(await ctx.store.garments.list(userId))].reverse(); // oldest first
        // One garment per pull: the consumer's reading paces the image reads.
        while (next < garments.length) {
          const g = garments[next++]!;
          const image = await addImage(g.image_key);
          if (!image) {
            ctx.options.logError(`export: image ${g.image_key} is missing`, null);
            continue;
          }
          const thumbnail = g.thumbnail_key ? await addImage(g.thumbnail_key) : null;
          rows.push(portable(g, image, thumbnail ?? undefined));
          return;
        }
        await writeManifest();
        zip.end();
      },
    },
    { highWaterMark: 0 },
  );
}
