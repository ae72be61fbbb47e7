/**
 * Object keys the API hands to an ImageStore: relative, no `..`, no leading slash, plain
 * characters only. Checked by every bucket-backed store so that no key can escape its folder.
 */
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

export function assertSafeKey(key: string): string {
  if (key.length > 512 || !KEY_PATTERN.test(key) || key.split('/').includes('..')) {
    throw new Error(`invalid image key: ${JSON.stringify(key.slice(0, 80))}`);
  }
  return key;
}

/** `folder/key`, with the folder's stray slashes trimmed; an empty folder means the bucket root. */
export function joinKey(folder: string, key: string): string {
  const f = folder.replace(/^\/+|\/+$/g, '');
  return f ? `${f}/${assertSafeKey(key)}` : assertSafeKey(key);
}

/**
 * The key behind a public object URL `<publicUrl>/<folder>/<key>`, or null when the URL is not
 * one of this bucket folder's (old garments only stored their URL).
 */
export function imageKeyFromPublicUrl(
  url: string,
  publicUrl: string,
  folder: string,
): string | null {
  const f = folder.replace(/^\/+|\/+$/g, '');
  const prefix = `${publicUrl.replace(/\/+$/, '')}/${f ? `${f}/` : ''}`;
  if (!url.startsWith(prefix)) return null;
  try {
    return assertSafeKey(decodeURIComponent(url.slice(prefix.length).split(/[?#]/)[0] ?? ''));
  } catch {
    return null;
  }
}
