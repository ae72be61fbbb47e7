/** Reading export ZIPs in tests, and comparing wardrobes independently of ids and URLs. */
import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { Store, ImageStore } from '../../src/index.ts';

export async function fetchExport(base: string): Promise<Uint8Array> {
  const res = await fetch(`${base}/api/export`);
  if (res.status !== 200) throw new Error(`export answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export function entries(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function manifestOf(zip: Uint8Array): any {
  return JSON.parse(new TextDecoder().decode(entries(zip)['wardrobe.json']));
}

/** The ZIP again, with `change` applied to its entries. */
export function rezip(
  zip: Uint8Array,
  change: (files: Record<string, Uint8Array>) => void,
): Uint8Array {
  const files = entries(zip);
  change(files);
  return zipSync(files, { level: 0 });
}

export function postZip(base: string, zip: Uint8Array, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/zip', ...headers },
    body: zip,
  });
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/**
 * A wardrobe without its ids, owners, URLs or keys: garments (sorted) with the SHA-256 of their
 * image and the name of their category, outfits as the image hashes of their slots, the
 * preferences, the categories, and wears and plans with garments as image hashes and outfits
 * as their slots.
 */
export async function normalisedWardrobe(store: Store, images: ImageStore, userId: string) {
  const garments = await store.garments.list(userId);
  const categoryRows = await store.categories.list(userId);
  const categoryName = new Map(categoryRows.map((c) => [c._id, c.nombre]));
  const hashOf = new Map<string, string>();
  const rows = [];
  for (const g of garments) {
    const {
      _id,
      userId: _u,
      imagen_url,
      thumbnail_url,
      image_key,
      thumbnail_key,
      categoria_id,
      ...fields
    } = g;
    const image = sha((await images.get(image_key))!.body);
    const thumb = thumbnail_key ? sha((await images.get(thumbnail_key))!.body) : null;
    hashOf.set(_id, image);
    rows.push({
      ...fields,
      categoria: categoria_id ? categoryName.get(categoria_id) : null,
      image,
      thumb,
      urls: [typeof imagen_url, typeof thumbnail_url],
    });
  }
  rows.sort((a, b) => a.image.localeCompare(b.image));
  const withHashes = (o: object) =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, k.endsWith('_id') ? hashOf.get(v as string) : v]),
    );
  const outfitRows = await store.outfits.list(userId);
  const outfitOf = new Map(
    outfitRows.map(({ _id, userId: _u, ...o }) => [_id, withHashes(o)] as const),
  );
  const outfits = [...outfitOf.values()].sort(byJson);
  const profile = await store.profiles.get(userId);
  const { updatedAt: _t, userId: _p, ...preferences } = profile ?? { userId: '' };
  const categories = categoryRows.map(({ _id, userId: _u, ...c }) => c).sort(byJson);
  const wears = (await store.wears.list(userId, {}))
    .map(({ _id, userId: _u, prenda_ids, outfit_id, ...w }) => ({
      ...w,
      prendas: prenda_ids.map((id) => hashOf.get(id)),
      outfit: outfit_id ? outfitOf.get(outfit_id) : null,
    }))
    .sort(byJson);
  const plans = (await store.plans.list(userId, {}))
    .map(({ _id, userId: _u, outfit_id, ...p }) => ({
      ...withHashes(p),
      outfit: outfit_id ? outfitOf.get(outfit_id) : null,
    }))
    .sort(byJson);
  // Trips with their garments as image hashes (the plan's outfits, packing list, checked items).
  const hashes = (ids: readonly string[]) => ids.map((id) => hashOf.get(id));
  const trips = (await store.trips.list(userId))
    .map(({ _id, userId: _u, creado: _c, marcados, plan, ...t }) => ({
      ...t,
      marcados: hashes(marcados),
      plan: plan && {
        ...plan,
        days: plan.days.map((d) => ({
          ...d,
          outfits: d.outfits.map((o) => ({ ...o, garmentIds: hashes(o.garmentIds) })),
        })),
        packingList: Object.fromEntries(
          Object.entries(plan.packingList).map(([tipo, ids]) => [tipo, hashes(ids)]),
        ),
      },
    }))
    .sort(byJson);
  return { garments: rows, outfits, preferences, categories, wears, plans, trips };
}
