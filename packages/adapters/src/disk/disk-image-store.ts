/**
 * ImageStore on the local disk (embedded mode): one file per object under `<DATA_DIR>/images`,
 * served back by the API's image route. Keys must match the strict image-key pattern, so a
 * key can never name a path outside the folder. Writes go to a temporary file first and are
 * renamed into place, so a reader never sees half an image.
 */
import { mkdirSync } from 'node:fs';
import { readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IMAGE_CONTENT_TYPES, IMAGE_KEY_PATTERN, type ImageExtension } from '@fashion/core';
import type { ImageStore, ObjectInfo, StoredObject } from '@fashion/api';

export interface DiskImageStoreOptions {
  /** Folder for the files; created when missing. */
  dir: string;
  /** Public path prefix of the image route (default `/api/images`). */
  urlPrefix?: string;
}

function assertKey(key: string): string {
  if (!IMAGE_KEY_PATTERN.test(key)) {
    throw new Error(`invalid image key: ${JSON.stringify(key.slice(0, 80))}`);
  }
  return key;
}

/** `<key>.<pid>.<ms>.tmp`: a write that never reached its rename (the process died). */
const TEMP_SUFFIX = /\.\d+\.\d+\.tmp$/;

/** A key, or a temporary file of one (which only the sweep deletes). */
function assertKeyOrTemp(name: string): string {
  return assertKey(name.replace(TEMP_SUFFIX, '')) && name;
}

export class DiskImageStore implements ImageStore {
  readonly dir: string;
  readonly #urlPrefix: string;

  constructor(options: DiskImageStoreOptions) {
    this.dir = options.dir;
    this.#urlPrefix = (options.urlPrefix ?? '/api/images').replace(/\/+$/, '');
    mkdirSync(this.dir, { recursive: true });
  }

  async put(key: string, body: Uint8Array, _contentType: string): Promise<void> {
    const path = join(this.dir, assertKey(key));
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(tmp, body, { flag: 'wx' });
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    if (!IMAGE_KEY_PATTERN.test(key)) return null;
    try {
      const body = await readFile(join(this.dir, key));
      const ext = key.slice(key.lastIndexOf('.') + 1);
      return {
        body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
        contentType: IMAGE_CONTENT_TYPES[ext as ImageExtension] ?? 'application/octet-stream',
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(join(this.dir, assertKeyOrTemp(key)), { force: true });
  }

  /** Image files and leftover temporary files (their mtime as the upload time). */
  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    for (const name of await readdir(this.dir)) {
      if (!name.startsWith(prefix)) continue;
      if (!IMAGE_KEY_PATTERN.test(name.replace(TEMP_SUFFIX, ''))) continue;
      try {
        const info = await stat(join(this.dir, name));
        if (info.isFile()) yield { key: name, size: info.size, uploadedAt: info.mtime };
      } catch {
        // deleted meanwhile
      }
    }
  }

  /** Writes and removes a probe file: a folder that is gone or read-only fails. */
  async ping(): Promise<boolean> {
    const probe = join(this.dir, `.ping.${process.pid}.tmp`);
    try {
      await writeFile(probe, '');
      await rm(probe, { force: true });
      return true;
    } catch {
      return false;
    }
  }

  url(key: string): string {
    return `${this.#urlPrefix}/${assertKey(key)}`;
  }
}
