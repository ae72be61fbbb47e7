/** Which dropped/pasted/picked files are photos we can send (HEIC often arrives without a MIME type). */
export const ACCEPT = 'image/*,image/heic,image/heif,.heic,.heif';

export function isImageFile(f: File): boolean {
  return f.type.startsWith('image/') || /\.(heic|heif)$/i.test(f.name);
}

/** Browsers other than Safari cannot show HEIC; the preview then says so instead of a broken image. */
export function canPreview(blob: Blob, name: string): boolean {
  return !/heic|heif/i.test(blob.type) && !/\.(heic|heif)$/i.test(name);
}

export function splitImages(files: Iterable<File>): { images: File[]; rejected: File[] } {
  const images: File[] = [];
  const rejected: File[] = [];
  for (const f of files) (isImageFile(f) ? images : rejected).push(f);
  return { images, rejected };
}

/** Phones get the native camera through `capture`; desktops a live view (getUserMedia). */
export function prefersNativeCapture(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}
