/** Which dropped/pasted/picked files are photos we can send (HEIC often arrives without a MIME type). */
export const ACCEPT = 'image/*,image/heic,image/heif,.heic,.heif';

export function isImageFile(f: File): boolean {
  return f.type.startsWith('image/') || /\.(heic|heif)$/i.test(f.name);
}

/** Browsers other than Safari cannot show HEIC; the preview then says so instead of a broken image. */
export function canPreview(blob: Blob, name: string): boolean {
  return !/heic|heif/i.test(blob.type) && !/\.(heic|heif)$/i.test(name);
}

export interface Refused {
  file: File;
  why: 'not-image' | 'too-large' | 'empty';
}

/** Photos we can send, and the rest with the reason: checked here, before any byte is uploaded. */
export function splitImages(
  files: Iterable<File>,
  maxBytes = Infinity,
): { images: File[]; rejected: Refused[] } {
  const images: File[] = [];
  const rejected: Refused[] = [];
  for (const file of files) {
    if (!isImageFile(file)) rejected.push({ file, why: 'not-image' });
    else if (file.size === 0) rejected.push({ file, why: 'empty' });
    else if (file.size > maxBytes) rejected.push({ file, why: 'too-large' });
    else images.push(file);
  }
  return { images, rejected };
}

/** Phones get the native camera through `capture`; desktops a live view (getUserMedia). */
export function prefersNativeCapture(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}
