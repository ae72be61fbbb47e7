/** The API answers a list either bare or wrapped (`{prendas: [...]}`); accept both. */
export function asList<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object') {
    const inner = (body as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return inner as T[];
  }
  return [];
}

/** An item either bare or wrapped (`{prenda: {...}}`). */
export function asItem<T>(body: unknown, key: string): T {
  if (body && typeof body === 'object' && key in body) {
    const inner = (body as Record<string, unknown>)[key];
    if (inner && typeof inner === 'object') return inner as T;
  }
  return body as T;
}
