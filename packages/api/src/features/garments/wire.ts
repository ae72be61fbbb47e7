/** Stored garment → the JSON clients get (the image keys stay inside; the URLs carry them). */
import type { Garment } from '@fashion/core';
import type { StoredGarment } from '../../ports/store.ts';

export function toGarmentJson(g: StoredGarment): Garment {
  const { image_key: _image, thumbnail_key: _thumbnail, recorte_key: _recorte, ...garment } = g;
  return garment;
}
