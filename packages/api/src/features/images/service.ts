/** Stored images by key. Keys are random capability names, checked against a strict pattern. */
import { isImageKey } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import type { StoredObject } from '../../ports/images.ts';

export function imageService(ctx: AppContext) {
  return {
    async get(key: string): Promise<StoredObject> {
      if (!isImageKey(key)) throw new HttpError(400, 'key: not an image key');
      const object = await ctx.images.get(key);
      if (!object) throw notFound('image');
      return object;
    },
  };
}
