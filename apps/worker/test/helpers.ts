import { env, SELF } from 'cloudflare:test';

export const BASE = 'https://fashion-api.example';

export function fixture(name: string): Uint8Array {
  const text = atob(env.FIXTURES[name]!);
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

export function call(path: string, init?: RequestInit): Promise<Response> {
  return SELF.fetch(BASE + path, init);
}

export function upload(bytes: Uint8Array, fields: Record<string, string> = {}): RequestInit {
  const form = new FormData();
  form.set('imagen', new Blob([bytes], { type: 'image/jpeg' }), 'photo.jpg');
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return { method: 'POST', body: form };
}

/** A JSON request of `method`. */
export function json(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Every object key in the bucket. */
export async function bucketKeys(): Promise<string[]> {
  const listed = await env.IMAGES.list();
  return listed.objects.map((o) => o.key).sort();
}

export const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

/** Uploads a blue shirt, black trousers and black shoes (a whole outfit); answers their ids. */
export async function uploadOutfitBasics(fields: Record<string, string> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (const [name, clase_nombre, color] of [
    ['shirt-1.jpg', 'Shirt', 'azul'],
    ['pants-1.jpg', 'Pants', 'negro'],
    ['shoes-1.jpg', 'Shoes', 'negro'],
  ] as const) {
    const res = await call(
      '/api/prendas/upload',
      upload(fixture(name), { clase_nombre, color, ...fields }),
    );
    if (res.status !== 201) throw new Error(`upload of ${name}: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { _id: string })._id);
  }
  return ids;
}
