/**
 * Reading an uploaded export ZIP and checking ALL of it before anything is written: the ZIP's
 * structure and sizes (no zip bomb), wardrobe.json's format and version, every row's schema,
 * every image entry (present, the SHA-256 the manifest names, bytes of the format its name says)
 * and every reference between sections. A problem is a 400 naming the entry.
 */
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { IMAGE_CONTENT_TYPES, sniffImageFormat, type ImageExtension } from '@fashion/core';
import { HttpError, formatZodError } from '../../http/errors.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MANIFEST_NAME,
  ManifestHeadSchema,
  PortableGarmentSchema,
  type ImageEntry,
  type PortableGarment,
} from './format.ts';
import { sha256Hex } from './hash.ts';
import { SECTIONS } from './sections.ts';

export interface CheckedImage {
  bytes: Uint8Array;
  sha256: string;
  contentType: string;
  extension: ImageExtension;
}

export interface CheckedExport {
  garments: { row: PortableGarment; image: CheckedImage; thumbnail?: CheckedImage }[];
  /** Each registry section's value, by name. */
  sections: Map<string, unknown>;
}

const FORMAT_OF_EXTENSION: Record<ImageExtension, string> = {
  webp: 'webp',
  jpg: 'jpeg',
  png: 'png',
};

const bad = (message: string) => new HttpError(400, message);

export function unzip(bytes: Uint8Array, maxUnpackedBytes: number): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (total > maxUnpackedBytes) {
          throw new HttpError(413, `the ZIP unpacks to more than ${maxUnpackedBytes} bytes`);
        }
        return true;
      },
    });
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw bad(`not a readable ZIP file (${(err as Error).message})`);
  }
}

async function checkImage(
  files: Record<string, Uint8Array>,
  entry: ImageEntry,
  where: string,
): Promise<CheckedImage> {
  const bytes = files[entry.path];
  if (!bytes) throw bad(`${where}: the ZIP has no entry ${entry.path}`);
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== entry.sha256) {
    throw bad(
      `${where}: ${entry.path} is damaged (its SHA-256 is not the one wardrobe.json names)`,
    );
  }
  const extension = entry.path.slice(entry.path.lastIndexOf('.') + 1) as ImageExtension;
  if (sniffImageFormat(bytes) !== FORMAT_OF_EXTENSION[extension]) {
    throw bad(`${where}: ${entry.path} is not a ${extension} image`);
  }
  return { bytes, sha256, contentType: IMAGE_CONTENT_TYPES[extension], extension };
}

function parseManifest(files: Record<string, Uint8Array>): Record<string, unknown> {
  const raw = files[MANIFEST_NAME];
  if (!raw) throw bad(`the ZIP has no ${MANIFEST_NAME}: is it a Fashion AI export?`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(raw));
  } catch {
    throw bad(`${MANIFEST_NAME} is not valid JSON`);
  }
  const head = ManifestHeadSchema.safeParse(json);
  if (!head.success) {
    throw bad(
      `${MANIFEST_NAME} is not a "${EXPORT_FORMAT}" file of version ${EXPORT_VERSION} (${formatZodError(head.error)})`,
    );
  }
  return json as Record<string, unknown>;
}

function parseSection<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw bad(`${MANIFEST_NAME} ${name}: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * A garment's `categoria_id` names a category of the file. A file from before categories
 * travelled has no such section: its garments' ids point nowhere, so they are dropped (the
 * garment keeps its class), and the old file still imports.
 */
function checkCategories(
  garments: CheckedExport['garments'],
  categories: ReadonlySet<string> | null,
): void {
  garments.forEach(({ row }, i) => {
    if (!row.categoria_id) return;
    if (!categories) delete row.categoria_id;
    else if (!categories.has(row.categoria_id)) {
      throw bad(`garments.${i}.categoria_id: category ${row.categoria_id} is not in the file`);
    }
  });
}

/** An unpacked export ZIP, checked whole (see the header). */
export async function readExport(files: Record<string, Uint8Array>): Promise<CheckedExport> {
  const manifest = parseManifest(files);
  const rows = parseSection(z.array(PortableGarmentSchema), manifest['garments'] ?? [], 'garments');

  const garmentIds = new Set<string>();
  const garments: CheckedExport['garments'] = [];
  for (const [i, row] of rows.entries()) {
    if (garmentIds.has(row._id)) throw bad(`garments.${i}: the id ${row._id} comes twice`);
    garmentIds.add(row._id);
    const image = await checkImage(files, row.image, `garments.${i}.image`);
    const thumbnail = row.thumbnail
      ? await checkImage(files, row.thumbnail, `garments.${i}.thumbnail`)
      : undefined;
    garments.push({ row, image, ...(thumbnail ? { thumbnail } : {}) });
  }

  const ids = new Map<string, ReadonlySet<string>>([['garments', garmentIds]]);
  const sections = new Map<string, unknown>();
  for (const section of SECTIONS) {
    const value =
      section.name in manifest
        ? parseSection(section.schema, manifest[section.name], section.name)
        : section.empty;
    const problems = section.check(value, ids);
    if (problems.length > 0) throw bad(`${MANIFEST_NAME}: ${problems.slice(0, 5).join('; ')}`);
    sections.set(section.name, value);
    ids.set(section.name, section.idsOf(value));
  }
  checkCategories(garments, 'categories' in manifest ? ids.get('categories')! : null);
  return { garments, sections };
}
