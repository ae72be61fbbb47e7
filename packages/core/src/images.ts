/**
 * Names of stored image objects. Keys are random (128 bits) so that an image URL is a capability:
 * it cannot be guessed, and in cloud mode it is a public bucket URL. The strict pattern is what
 * the image route and every ImageStore accept, so no path can ever be smuggled in.
 */

export const IMAGE_KEY_PATTERN = /^[0-9a-f]{32}(?:\.thumb|\.recorte)?\.(?:webp|jpg|png)$/;

export function isImageKey(key: string): boolean {
  return IMAGE_KEY_PATTERN.test(key);
}

/** The stored formats: WebP from the server's processor; JPEG and PNG as the edge keeps them. */
export type ImageExtension = 'webp' | 'jpg' | 'png';

export const IMAGE_CONTENT_TYPES: Readonly<Record<ImageExtension, string>> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** The key extension for a stored image's content type (the key says what the bytes are). */
export function imageExtension(contentType: string): ImageExtension {
  const found = (Object.keys(IMAGE_CONTENT_TYPES) as ImageExtension[]).find(
    (ext) => IMAGE_CONTENT_TYPES[ext] === contentType,
  );
  if (!found) throw new Error(`no image key extension for ${contentType}`);
  return found;
}

/** A fresh pair of keys: the full image and its thumbnail. */
export function newImageKeys(extension: ImageExtension = 'webp'): {
  full: string;
  thumbnail: string;
} {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const base = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return { full: `${base}.${extension}`, thumbnail: `${base}.thumb.${extension}` };
}

/** A fresh key for a garment's cut-out (transparent WebP); each touch-up gets a new one. */
export function newCutoutKey(): string {
  return newImageKeys('webp').full.replace(/\.webp$/, '.recorte.webp');
}
