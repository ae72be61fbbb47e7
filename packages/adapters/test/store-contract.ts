/**
 * The behaviour every Store adapter must have (SQLite, D1, MongoDB …). Run it from an adapter's
 * test file:
 *
 *   describeStoreContract('sqlite', async () => createSqliteStore(path));
 *
 * `makeStore` is called once per suite; each test works with fresh random user ids, so the
 * store may hold data from other tests (or other suites) without changing the outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROFILE_DEFAULTS,
  EDITABLE_GARMENT_FIELDS,
  GARMENT_FIELD_DEFAULTS,
  GARMENT_FIELD_NAMES,
  newId,
  type Garment,
  type GarmentFieldName,
  type Outfit,
} from '@fashion/core';
import type { GarmentPosition, NewGarment, NewOutfit, Store } from '@fashion/api';
import { describeCategoryContract } from './category-store-contract.ts';

let clock = Date.parse('2024-05-01T10:00:00.000Z');
/** Strictly increasing timestamps, so that "newest first" is well defined. */
function nextTime(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

function user(): string {
  return `user-${newId()}`;
}

export function garmentFor(userId: string, overrides: Partial<NewGarment> = {}): NewGarment {
  const key = newId() + newId().slice(0, 8);
  return {
    // What every store fills in when a field with a default is not set.
    ...GARMENT_FIELD_DEFAULTS,
    _id: newId(),
    userId,
    imagen_url: `/api/images/${key}.webp`,
    image_key: `${key}.webp`,
    tipo: 'superior',
    clase_nombre: 'T-shirt',
    color: 'azul',
    confianza: 0.87,
    ocasion: ['casual'],
    fecha_agregada: nextTime(),
    ...overrides,
  };
}

/**
 * A value for every declared garment field (core's GARMENT_FIELDS). The type makes a new field
 * a compile error here until it has a sample, and the round-trip tests then fail for any store
 * that forgets to keep it.
 */
export const EVERY_FIELD: { [K in GarmentFieldName]-?: Exclude<Garment[K], undefined> } = {
  imagen_url: '/api/images/every.webp',
  thumbnail_url: '/api/images/every.thumb.webp',
  tipo: 'abrigo',
  clase_nombre: 'Outwear',
  color: 'verde',
  color_hex: '#2e7d32',
  color_origen: 'recorte',
  color_proporcion: 0.62,
  colores_secundarios: [
    { color: 'marrón', hex: '#6d4c41', proporcion: 0.21 },
    { color: 'blanco', hex: '#f5f5f5', proporcion: 0.12 },
  ],
  estampado_sugerido: 'rayas',
  confianza: 0.61,
  confirmado: false,
  modelo: 'vit-base.onnx',
  ocasion: ['formal', 'trabajo'],
  fecha_agregada: '2025-02-03T04:05:06.000Z',
  ultimo_uso: '2025-03-04T05:06:07.000Z',
  calidez: 'abrigada',
  marca: 'Loreak',
  precio: 129.5,
  moneda: 'EUR',
  fecha_compra: '2024-11-02',
  talla: 'M',
  material: '100% lana merino',
  estampado: 'cuadros',
  temporadas: ['otoño', 'invierno'],
  notas: 'Regalo de la abuela; lavar en frío.',
  favorito: true,
  etiquetas: ['oficina', 'viaje'],
  lavado: 'para_lavar',
  estado: 'archivada',
  motivo_archivo: 'donada',
  fecha_archivo: '2025-06-07',
  categoria_id: 'c0ffee00c0ffee00c0ffee00',
  recorte_key: 'every.recorte.webp',
  recorte_url: '/api/images/every.recorte.webp',
  mostrar_recorte: true,
};

/** Other valid values of the editable fields, for updates. */
export const EDITED: Partial<Garment> = {
  tipo: 'superior',
  clase_nombre: 'Longsleeve',
  color: 'gris',
  color_hex: '#9e9e9e',
  ocasion: ['casual'],
  calidez: 'ligera',
  marca: 'Otra',
  precio: 0,
  moneda: 'USD',
  fecha_compra: '2023-01-31',
  talla: '42',
  material: 'lino',
  estampado: 'rayas',
  temporadas: ['verano'],
  notas: '',
  favorito: false,
  etiquetas: [],
  lavado: 'limpia',
  categoria_id: 'beef0000beef0000beef0000',
  mostrar_recorte: false,
};

export function outfitFor(
  userId: string,
  slots: Partial<NewOutfit> & { zapatos_id: string },
): NewOutfit {
  return {
    _id: newId(),
    userId,
    puntuacion: 0,
    fecha_creacion: nextTime(),
    ...slots,
  } as NewOutfit;
}

export function describeStoreContract(name: string, makeStore: () => Promise<Store> | Store): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store?.close?.();
    });

    /** A top, a bottom and shoes of one user, stored. */
    async function wardrobe(userId: string) {
      const top = await store.garments.create(garmentFor(userId));
      const bottom = await store.garments.create(
        garmentFor(userId, { tipo: 'inferior', clase_nombre: 'Pants', color: 'negro' }),
      );
      const shoes = await store.garments.create(
        garmentFor(userId, { tipo: 'zapatos', clase_nombre: 'Shoes', color: 'blanco' }),
      );
      return { top, bottom, shoes };
    }

    it('answers ping', async () => {
      expect(await store.ping()).toBe(true);
    });

    describeCategoryContract(() => store);

    describe('garments', () => {
      it('stores a garment and reads it back unchanged', async () => {
        const u = user();
        const full = garmentFor(u, {
          thumbnail_url: '/api/images/x.thumb.webp',
          thumbnail_key: 'x.thumb.webp',
          color_hex: '#2f5d9e',
          confirmado: false,
          modelo: 'cnn-efficientnet.onnx',
          ocasion: ['casual', 'trabajo'],
        });
        expect(await store.garments.create(full)).toEqual(full);
        expect(await store.garments.get(u, full._id)).toEqual(full);
      });

      it('round-trips every declared field, and updates every editable one', async () => {
        expect(Object.keys(EVERY_FIELD).sort()).toEqual([...GARMENT_FIELD_NAMES].sort());
        const u = user();
        const g = garmentFor(u, { ...EVERY_FIELD, thumbnail_key: 'every.thumb.webp' });
        expect(await store.garments.create(g)).toEqual(g);
        expect(await store.garments.get(u, g._id)).toEqual(g);
        expect(await store.garments.list(u)).toEqual([g]);
        for (const name of EDITABLE_GARMENT_FIELDS) {
          const value = EDITED[name];
          expect(value, `EDITED needs a value for ${name}`).toBeDefined();
          const updated = await store.garments.update(u, g._id, { [name]: value });
          expect(updated?.[name], name).toEqual(value);
          expect((await store.garments.get(u, g._id))?.[name], name).toEqual(value);
        }
      });

      it('leaves absent optional fields absent (not null)', async () => {
        const u = user();
        const g = garmentFor(u);
        await store.garments.create(g);
        const got = await store.garments.get(u, g._id);
        expect(got).toEqual(g);
        for (const field of [
          'thumbnail_url',
          'thumbnail_key',
          'color_hex',
          'confirmado',
          'modelo',
        ]) {
          expect(got).not.toHaveProperty(field);
        }
      });

      it('lists a user’s garments newest first and filters by tipo', async () => {
        const u = user();
        const { top, bottom, shoes } = await wardrobe(u);
        const list = await store.garments.list(u);
        expect(list.map((g) => g._id)).toEqual([shoes._id, bottom._id, top._id]);
        expect((await store.garments.list(u, { tipo: 'inferior' })).map((g) => g._id)).toEqual([
          bottom._id,
        ]);
        expect(await store.garments.list(u, { tipo: 'vestido' })).toEqual([]);
        expect(await store.garments.list(user())).toEqual([]);
      });

      it('filters and searches in the store, and pages in a stable order', async () => {
        const u = user();
        const a = await store.garments.create(
          garmentFor(u, { marca: 'Loreak', etiquetas: ['oficina'], favorito: true }),
        );
        const b = await store.garments.create(
          garmentFor(u, { notas: 'lana de OVEJA', lavado: 'para_lavar', temporadas: ['invierno'] }),
        );
        const c = await store.garments.create(
          garmentFor(u, {
            estado: 'archivada',
            motivo_archivo: 'rota',
            fecha_archivo: '2025-01-01',
          }),
        );
        await store.garments.create(garmentFor(user(), { marca: 'Loreak' }));
        const ids = async (f: Parameters<Store['garments']['list']>[1]) =>
          (await store.garments.list(u, f)).map((g) => g._id);
        expect(await ids({ marca: 'loreak' })).toEqual([a._id]);
        expect(await ids({ etiqueta: 'oficina' })).toEqual([a._id]);
        expect(await ids({ favorito: true })).toEqual([a._id]);
        expect(await ids({ favorito: false })).toEqual([c._id, b._id]);
        expect(await ids({ lavado: 'limpia' })).toEqual([c._id, a._id]);
        expect(await ids({ temporada: 'invierno' })).toEqual([b._id]);
        expect(await ids({ temporada: ['verano', 'invierno'] })).toEqual([b._id]);
        expect(await ids({ temporada: ['verano', 'otoño'] })).toEqual([]);
        expect(await ids({ q: 'oveja' })).toEqual([b._id]);
        expect(await ids({ estado: 'activa' })).toEqual([b._id, a._id]);
        expect(await ids({ estado: 'archivada' })).toEqual([c._id]);
        expect(await ids({ ocasion: 'casual', estado: 'activa' })).toEqual([b._id, a._id]);
        expect(await store.garments.count(u, {})).toBe(3);
        expect(await store.garments.count(u, { estado: 'activa' })).toBe(2);
        expect(await store.garments.count(u, { q: 'oveja', estado: 'activa' })).toBe(1);
        expect(await store.garments.count(u, { marca: 'nadie' })).toBe(0);

        const first = await store.garments.page(u, {}, { limit: 2 });
        expect(first.items.map((g) => g._id)).toEqual([c._id, b._id]);
        expect(first.next).toEqual({ fecha_agregada: b.fecha_agregada, _id: b._id });
        const second = await store.garments.page(u, {}, { limit: 2, after: first.next! });
        expect(second).toEqual({ items: [a] });
        // Same fecha_agregada: the id breaks the tie, so nothing is skipped or repeated.
        const v = user();
        const at = '2025-05-05T05:05:05.000Z';
        const twins = [];
        for (let i = 0; i < 3; i++) {
          twins.push((await store.garments.create(garmentFor(v, { fecha_agregada: at })))._id);
        }
        const seen: string[] = [];
        let after: GarmentPosition | undefined;
        do {
          const p = await store.garments.page(v, {}, { limit: 1, ...(after ? { after } : {}) });
          seen.push(...p.items.map((g) => g._id));
          after = p.next;
        } while (after);
        expect(seen).toEqual([...twins].sort().reverse());
      });

      it('searches word by word: free text, or the names of class, type, colour and occasion', async () => {
        const u = user();
        const shirt = await store.garments.create(
          garmentFor(u, { clase_nombre: 'Shirt', color: 'azul', ocasion: ['trabajo'] }),
        );
        const tee = await store.garments.create(
          garmentFor(u, { clase_nombre: 'T-shirt', color: 'blanco', notas: 'regalo de Ana' }),
        );
        const pants = await store.garments.create(
          garmentFor(u, {
            tipo: 'inferior',
            clase_nombre: 'Pants',
            color: 'marrón',
            ocasion: ['fiesta'],
            marca: 'Camisería Azul',
          }),
        );
        const ids = async (q: string) => (await store.garments.list(u, { q })).map((g) => g._id);
        // The Spanish and English class names, any case, accents or not.
        expect(await ids('camisa')).toEqual([shirt._id]);
        expect(await ids('SHIRT')).toEqual([tee._id, shirt._id]);
        expect(await ids('camiseta')).toEqual([tee._id]);
        expect(await ids('pantalon')).toEqual([pants._id]);
        expect(await ids('trousers')).toEqual([pants._id]);
        // Colours, types and occasions by name; every word must match something.
        expect(await ids('brown')).toEqual([pants._id]);
        expect(await ids('marrón')).toEqual([pants._id]);
        expect(await ids('bottom')).toEqual([pants._id]);
        // Substrings, as the web's own search: "abajo" is inside "trabajo".
        expect(await ids('abajo')).toEqual([pants._id, shirt._id]);
        expect(await ids('work')).toEqual([shirt._id]);
        expect(await ids('fiesta')).toEqual([pants._id]);
        expect(await ids('blue shirt')).toEqual([shirt._id]);
        expect(await ids('azul')).toEqual([pants._id, shirt._id]);
        expect(await ids('ana blanco')).toEqual([tee._id]);
        expect(await ids('ana negro')).toEqual([]);
        expect(await ids('falda')).toEqual([]);
        // The words of a name need not be together: "camisería azul" is the brand.
        expect(await ids('Camisería')).toEqual([pants._id]);
        expect(await ids('regalo ana')).toEqual([tee._id]);
        // Free text in any case, accents or not, either way round.
        expect(await ids('camiseria')).toEqual([pants._id]);
        expect(await ids('CAMISERÍA')).toEqual([pants._id]);
        const wool = await store.garments.create(
          garmentFor(u, {
            material: 'lana y algodon',
            notas: 'del señor Núñez',
            etiquetas: ['Año 2024'],
          }),
        );
        expect(await ids('algodón')).toEqual([wool._id]);
        expect(await ids('nunez')).toEqual([wool._id]);
        expect(await ids('ano')).toEqual([wool._id]);
        // Pattern characters are the person's text, not wildcards.
        expect(await ids('a*o')).toEqual([]);
        expect(await ids('%')).toEqual([]);
      });

      it('batch-updates and batch-deletes all or nothing', async () => {
        const u = user();
        const { top, bottom, shoes } = await wardrobe(u);
        const foreign = await store.garments.create(garmentFor(user()));
        expect(
          await store.garments.batchUpdate(u, [top._id, foreign._id], () => ({ favorito: true })),
        ).toBeNull();
        expect(
          await store.garments.batchUpdate(u, [top._id, newId()], () => ({ favorito: true })),
        ).toBeNull();
        expect((await store.garments.get(u, top._id))?.favorito).toBe(false);
        const updated = await store.garments.batchUpdate(
          u,
          [top._id, bottom._id, top._id],
          (g) => ({
            etiquetas: [g.clase_nombre],
            estado: 'archivada',
            motivo_archivo: 'vendida',
          }),
        );
        expect(updated?.map((g) => [g._id, g.etiquetas, g.estado]).sort()).toEqual(
          [
            [top._id, ['T-shirt'], 'archivada'],
            [bottom._id, ['Pants'], 'archivada'],
          ].sort(),
        );
        await store.garments.batchUpdate(u, [top._id], () => ({
          estado: 'activa',
          motivo_archivo: null,
        }));
        const back = await store.garments.get(u, top._id);
        expect(back?.estado).toBe('activa');
        expect(back).not.toHaveProperty('motivo_archivo');
        // A change that throws refuses the whole batch before any write.
        await expect(
          store.garments.batchUpdate(u, [top._id, bottom._id], (g) => {
            if (g._id === bottom._id) throw new Error('refused');
            return { lavado: 'para_lavar' };
          }),
        ).rejects.toThrow('refused');
        expect((await store.garments.get(u, top._id))?.lavado).toBe('limpia');

        const outfit = await store.outfits.create(
          outfitFor(u, { superior_id: top._id, zapatos_id: shoes._id }),
        );
        expect(await store.garments.batchDelete(u, [top._id, foreign._id])).toBeNull();
        expect(await store.garments.get(u, top._id)).not.toBeNull();
        const deleted = await store.garments.batchDelete(u, [top._id, shoes._id]);
        expect(deleted?.map((g) => g._id).sort()).toEqual([top._id, shoes._id].sort());
        expect(await store.garments.list(u)).toEqual([await store.garments.get(u, bottom._id)]);
        expect(await store.outfits.get(u, outfit._id)).toBeNull();
        expect(await store.garments.get(foreign.userId, foreign._id)).toEqual(foreign);
      });

      it('never shows, changes or deletes another user’s garment', async () => {
        const a = user();
        const b = user();
        const g = await store.garments.create(garmentFor(a));
        expect(await store.garments.get(b, g._id)).toBeNull();
        expect(await store.garments.list(b)).toEqual([]);
        expect(await store.garments.getMany(b, [g._id])).toEqual([]);
        expect(await store.garments.update(b, g._id, { color: 'rojo' })).toBeNull();
        expect(await store.garments.setOcasion(b, g._id, ['fiesta'])).toBeNull();
        expect(await store.garments.delete(b, g._id)).toBeNull();
        expect(await store.garments.get(a, g._id)).toEqual(g);
      });

      it('gets many at once, skipping unknown and foreign ids', async () => {
        const u = user();
        const { top, bottom } = await wardrobe(u);
        const foreign = await store.garments.create(garmentFor(user()));
        const got = await store.garments.getMany(u, [
          top._id,
          bottom._id,
          newId(),
          foreign._id,
          top._id,
        ]);
        expect(got.map((g) => g._id).sort()).toEqual([top._id, bottom._id].sort());
        expect(await store.garments.getMany(u, [])).toEqual([]);
      });

      it('updates only the given fields', async () => {
        const u = user();
        const g = await store.garments.create(garmentFor(u, { color_hex: '#2f5d9e' }));
        const updated = await store.garments.update(u, g._id, {
          clase_nombre: 'Shirt',
          confirmado: true,
        });
        expect(updated).toEqual({ ...g, clase_nombre: 'Shirt', confirmado: true });
        const again = await store.garments.update(u, g._id, {
          color: 'rojo',
          color_hex: '#c62828',
        });
        expect(again).toEqual({
          ...g,
          clase_nombre: 'Shirt',
          confirmado: true,
          color: 'rojo',
          color_hex: '#c62828',
        });
        expect(await store.garments.get(u, g._id)).toEqual(again);
        expect(await store.garments.update(u, newId(), { color: 'rojo' })).toBeNull();
      });

      it('replaces the occasions', async () => {
        const u = user();
        const g = await store.garments.create(garmentFor(u, { ocasion: ['casual'] }));
        expect((await store.garments.setOcasion(u, g._id, ['formal', 'fiesta']))?.ocasion).toEqual([
          'formal',
          'fiesta',
        ]);
        expect((await store.garments.setOcasion(u, g._id, []))?.ocasion).toEqual([]);
        expect((await store.garments.get(u, g._id))?.ocasion).toEqual([]);
      });

      it('marks the owner’s garments worn, and only those', async () => {
        const u = user();
        const { top, bottom, shoes } = await wardrobe(u);
        const foreign = await store.garments.create(garmentFor(user()));
        expect(top.ultimo_uso).toBeUndefined();
        const at = '2026-03-04T18:30:00.000Z';
        const marked = await store.garments.markWorn(
          u,
          [top._id, bottom._id, top._id, foreign._id, newId()],
          at,
        );
        expect(marked.sort()).toEqual([top._id, bottom._id].sort());
        expect((await store.garments.get(u, top._id))?.ultimo_uso).toBe(at);
        const worn = (await store.garments.list(u)).filter((g) => g.ultimo_uso === at);
        expect(worn.map((g) => g._id).sort()).toEqual([top._id, bottom._id].sort());
        expect((await store.garments.get(foreign.userId, foreign._id))?.ultimo_uso).toBeUndefined();
        expect(await store.garments.markWorn(u, [], at)).toEqual([]);
        const later = '2026-03-05T08:00:00.000Z';
        await store.garments.markWorn(u, [bottom._id], later);
        expect((await store.garments.get(u, bottom._id))?.ultimo_uso).toBe(later);
        expect((await store.garments.get(u, top._id))?.ultimo_uso).toBe(at);
        expect((await store.garments.get(u, shoes._id))?.ultimo_uso).toBeUndefined();
      });

      it('points the owner’s garment at its cut-out, and only the owner’s', async () => {
        const u = user();
        const g = await store.garments.create(garmentFor(u));
        expect(g.recorte_key).toBeUndefined();
        expect(await store.garments.setCutout(user(), g._id, 'x.recorte.webp', '/x')).toBeNull();
        expect(await store.garments.setCutout(u, newId(), 'x.recorte.webp', '/x')).toBeNull();
        const set = await store.garments.setCutout(u, g._id, 'a.recorte.webp', '/api/images/a');
        expect(set).toMatchObject({ recorte_key: 'a.recorte.webp', recorte_url: '/api/images/a' });
        expect(await store.garments.get(u, g._id)).toEqual(set);
        await store.garments.setCutout(u, g._id, 'b.recorte.webp', '/api/images/b');
        expect((await store.garments.get(u, g._id))?.recorte_key).toBe('b.recorte.webp');
        // The person's switch back to the photo is an ordinary edit of the declared field.
        expect(
          (await store.garments.update(u, g._id, { mostrar_recorte: false }))?.mostrar_recorte,
        ).toBe(false);
        if (store.imageKeys) expect((await store.imageKeys()).has('b.recorte.webp')).toBe(true);
      });

      it('recolours a garment unless the person named its colour, in one write', async () => {
        const u = user();
        const measured = { color: 'verde', color_hex: '#2e7d32', color_origen: 'recorte' } as const;
        const machine = await store.garments.create(garmentFor(u, { color_origen: 'foto' }));
        expect(await store.garments.recolour(u, machine._id, measured)).toMatchObject(measured);
        expect(await store.garments.get(u, machine._id)).toMatchObject(measured);
        // Rows from before the colour's origin was kept count as the machine's.
        const old = await store.garments.create(garmentFor(u));
        expect((await store.garments.recolour(u, old._id, measured))?.color).toBe('verde');

        const named = await store.garments.create(garmentFor(u, { color_origen: 'foto' }));
        await store.garments.update(u, named._id, { color: 'rojo', color_origen: 'persona' });
        const kept = await store.garments.recolour(u, named._id, measured);
        expect(kept).toMatchObject({ color: 'rojo', color_origen: 'persona' });
        expect(await store.garments.get(u, named._id)).toEqual(kept);

        expect(await store.garments.recolour(user(), machine._id, measured)).toBeNull();
        expect(await store.garments.recolour(u, newId(), measured)).toBeNull();
      });

      it('deletes a garment and returns it (for image clean-up)', async () => {
        const u = user();
        const g = await store.garments.create(garmentFor(u, { thumbnail_key: 'k.thumb.webp' }));
        expect(await store.garments.delete(u, g._id)).toEqual(g);
        expect(await store.garments.get(u, g._id)).toBeNull();
        expect(await store.garments.delete(u, g._id)).toBeNull();
      });
    });

    describe('outfits', () => {
      it('stores, lists newest first, gets and deletes outfits', async () => {
        const u = user();
        const { top, bottom, shoes } = await wardrobe(u);
        const first = outfitFor(u, {
          superior_id: top._id,
          inferior_id: bottom._id,
          zapatos_id: shoes._id,
          puntuacion: 82.5,
          nombre: 'Lunes',
          ocasion: 'trabajo',
          explicaciones: ['colores neutros', 'buen contraste'],
        });
        const second = outfitFor(u, {
          superior_id: top._id,
          inferior_id: bottom._id,
          zapatos_id: shoes._id,
        });
        expect(await store.outfits.create(first)).toEqual(first);
        const stored2 = await store.outfits.create(second);
        expect(stored2).toEqual(second);
        for (const field of ['vestido_id', 'abrigo_id', 'nombre', 'explicaciones', 'ocasion']) {
          expect(stored2).not.toHaveProperty(field);
        }
        expect((await store.outfits.list(u)).map((o: Outfit) => o._id)).toEqual([
          second._id,
          first._id,
        ]);
        expect(await store.outfits.get(u, first._id)).toEqual(first);
        expect(await store.outfits.delete(u, first._id)).toBe(true);
        expect(await store.outfits.delete(u, first._id)).toBe(false);
        expect(await store.outfits.get(u, first._id)).toBeNull();
        expect((await store.outfits.list(u)).map((o) => o._id)).toEqual([second._id]);
      });

      it('keeps the reasons (codes and parameters) and renames and marks worn only the owner’s outfit', async () => {
        const a = user();
        const b = user();
        const { top, bottom, shoes } = await wardrobe(a);
        const razones = [
          { code: 'rotacion.nuevas', kind: 'reason' },
          { code: 'color.acento', kind: 'reason', params: { prenda: 'T-shirt', color: 'azul' } },
          { code: 'clima.desajuste', kind: 'caveat', params: { temperatura: 2, lluvia: 1 } },
        ] as const;
        const o = await store.outfits.create(
          outfitFor(a, {
            superior_id: top._id,
            inferior_id: bottom._id,
            zapatos_id: shoes._id,
            razones: razones.map((r) => ({ ...r })),
          }),
        );
        expect(o.razones).toEqual(razones);
        expect(o).not.toHaveProperty('ultimo_uso');

        expect(await store.outfits.update(b, o._id, { nombre: 'Mine now' })).toBeNull();
        expect(await store.outfits.update(a, newId(), { nombre: 'Nobody' })).toBeNull();
        const renamed = await store.outfits.update(a, o._id, { nombre: 'Lunes de lluvia' });
        expect(renamed).toEqual({ ...o, nombre: 'Lunes de lluvia' });
        const at = '2024-06-01T08:30:00.000Z';
        const worn = await store.outfits.update(a, o._id, { ultimo_uso: at });
        expect(worn).toEqual({ ...o, nombre: 'Lunes de lluvia', ultimo_uso: at });
        expect(await store.outfits.get(a, o._id)).toEqual(worn);
        expect(await store.outfits.update(a, o._id, {})).toEqual(worn);
      });

      it('never shows or deletes another user’s outfit', async () => {
        const a = user();
        const b = user();
        const { top, bottom, shoes } = await wardrobe(a);
        const o = await store.outfits.create(
          outfitFor(a, { superior_id: top._id, inferior_id: bottom._id, zapatos_id: shoes._id }),
        );
        expect(await store.outfits.get(b, o._id)).toBeNull();
        expect(await store.outfits.list(b)).toEqual([]);
        expect(await store.outfits.delete(b, o._id)).toBe(false);
        expect(await store.outfits.get(a, o._id)).toEqual(o);
      });

      it('deleting a garment deletes the outfits that use it, and only those', async () => {
        const u = user();
        const { top, bottom, shoes } = await wardrobe(u);
        const coat = await store.garments.create(
          garmentFor(u, { tipo: 'abrigo', clase_nombre: 'Outwear' }),
        );
        const dress = await store.garments.create(
          garmentFor(u, { tipo: 'vestido', clase_nombre: 'Dress' }),
        );
        const withCoat = await store.outfits.create(
          outfitFor(u, {
            superior_id: top._id,
            inferior_id: bottom._id,
            zapatos_id: shoes._id,
            abrigo_id: coat._id,
          }),
        );
        const plain = await store.outfits.create(
          outfitFor(u, { superior_id: top._id, inferior_id: bottom._id, zapatos_id: shoes._id }),
        );
        const dressOutfit = await store.outfits.create(
          outfitFor(u, { vestido_id: dress._id, zapatos_id: shoes._id }),
        );

        await store.garments.delete(u, coat._id);
        expect(await store.outfits.get(u, withCoat._id)).toBeNull();
        expect(await store.outfits.get(u, plain._id)).toEqual(plain);
        expect(await store.outfits.get(u, dressOutfit._id)).toEqual(dressOutfit);

        // Shoes are in both remaining outfits.
        await store.garments.delete(u, shoes._id);
        expect(await store.outfits.list(u)).toEqual([]);
        expect((await store.garments.list(u)).map((g) => g._id).sort()).toEqual(
          [top._id, bottom._id, dress._id].sort(),
        );
      });
    });

    describe('suggestion counts', () => {
      const byId = async (u: string) =>
        Object.fromEntries((await store.suggestions.list(u)).map((r) => [r.prenda_id, r] as const));

      it('counts each suggested garment once per record, keeping the first and latest time', async () => {
        const u = user();
        const { top, bottom, shoes } = await wardrobe(u);
        expect(await store.suggestions.list(u)).toEqual([]);
        // A repeated id counts once; an unknown id counts nothing.
        await store.suggestions.record(
          u,
          [top._id, bottom._id, top._id, newId()],
          '2026-02-01T09:00:00.000Z',
        );
        await store.suggestions.record(u, [top._id], '2026-02-03T09:00:00.000Z');
        // A record that arrives late (an older time) moves `primera` back, not `ultima`.
        await store.suggestions.record(u, [top._id], '2026-01-20T09:00:00.000Z');
        const rows = await byId(u);
        expect(Object.keys(rows).sort()).toEqual([top._id, bottom._id].sort());
        expect(rows[top._id]).toEqual({
          prenda_id: top._id,
          veces: 3,
          primera: '2026-01-20T09:00:00.000Z',
          ultima: '2026-02-03T09:00:00.000Z',
        });
        expect(rows[bottom._id]).toEqual({
          prenda_id: bottom._id,
          veces: 1,
          primera: '2026-02-01T09:00:00.000Z',
          ultima: '2026-02-01T09:00:00.000Z',
        });
        expect(rows[shoes._id]).toBeUndefined();
        await store.suggestions.record(u, [], '2026-02-04T09:00:00.000Z');
        expect((await byId(u))[top._id]?.veces).toBe(3);
      });

      it("never counts another user's garment, nor shows one user's counts to another", async () => {
        const a = user();
        const b = user();
        const { top } = await wardrobe(a);
        await store.suggestions.record(b, [top._id], '2026-02-01T09:00:00.000Z');
        expect(await store.suggestions.list(b)).toEqual([]);
        expect(await store.suggestions.list(a)).toEqual([]);
        await store.suggestions.record(a, [top._id], '2026-02-01T09:00:00.000Z');
        expect((await store.suggestions.list(a)).map((r) => r.prenda_id)).toEqual([top._id]);
        expect(await store.suggestions.list(b)).toEqual([]);
      });

      it("drops a garment's counts when the garment is deleted (one or in a batch)", async () => {
        const u = user();
        const { top, bottom, shoes } = await wardrobe(u);
        const at = '2026-02-01T09:00:00.000Z';
        await store.suggestions.record(u, [top._id, bottom._id, shoes._id], at);
        await store.garments.delete(u, top._id);
        expect((await store.suggestions.list(u)).map((r) => r.prenda_id).sort()).toEqual(
          [bottom._id, shoes._id].sort(),
        );
        expect(await store.garments.batchDelete(u, [bottom._id, shoes._id])).not.toBeNull();
        expect(await store.suggestions.list(u)).toEqual([]);
      });
    });

    describe('idempotency keys', () => {
      const HOUR = 3600_000;
      const at = (t: number) => ({
        now: new Date(t).toISOString(),
        lockedUntil: new Date(t + 60_000).toISOString(),
        expiresAt: new Date(t + 24 * HOUR).toISOString(),
      });
      const t0 = Date.parse('2026-01-01T00:00:00.000Z');

      it('claims a key once, then answers the stored result', async () => {
        const u = user();
        const k = `key-${newId()}`;
        expect(await store.idempotency.claim(u, k, { fingerprint: 'f1', ...at(t0) })).toBeNull();
        // In flight: the holder's fingerprint, no answer yet.
        expect(await store.idempotency.claim(u, k, { fingerprint: 'f1', ...at(t0 + 1) })).toEqual({
          fingerprint: 'f1',
        });
        await store.idempotency.complete(u, k, 'f1', { status: 201, body: '{"_id":"x"}' });
        expect(await store.idempotency.claim(u, k, { fingerprint: 'f2', ...at(t0 + 2) })).toEqual({
          fingerprint: 'f1',
          status: 201,
          body: '{"_id":"x"}',
        });
        // Keys are per user.
        expect(
          await store.idempotency.claim(user(), k, { fingerprint: 'f1', ...at(t0) }),
        ).toBeNull();
      });

      it('gives a released key to the next request', async () => {
        const u = user();
        const k = `key-${newId()}`;
        expect(await store.idempotency.claim(u, k, { fingerprint: 'f1', ...at(t0) })).toBeNull();
        await store.idempotency.release(u, k, 'f1');
        expect(
          await store.idempotency.claim(u, k, { fingerprint: 'f2', ...at(t0 + 1) }),
        ).toBeNull();
        // Releasing with another fingerprint, or after completion, changes nothing.
        await store.idempotency.release(u, k, 'f1');
        await store.idempotency.complete(u, k, 'f2', { status: 201, body: '{}' });
        await store.idempotency.release(u, k, 'f2');
        expect(
          await store.idempotency.claim(u, k, { fingerprint: 'f2', ...at(t0 + 2) }),
        ).toMatchObject({ status: 201 });
      });

      it('forgets a key after it expires, and takes over a crashed request’s claim', async () => {
        const u = user();
        const k = `key-${newId()}`;
        expect(await store.idempotency.claim(u, k, { fingerprint: 'f1', ...at(t0) })).toBeNull();
        await store.idempotency.complete(u, k, 'f1', { status: 201, body: '{}' });
        const nextDay = t0 + 24 * HOUR + 1;
        expect(
          await store.idempotency.claim(u, k, { fingerprint: 'f2', ...at(nextDay) }),
        ).toBeNull();
        expect(
          await store.idempotency.claim(u, k, { fingerprint: 'f2', ...at(nextDay + 1000) }),
        ).toEqual({ fingerprint: 'f2' });
        // The holder never finished: after its lock, another request takes the key over.
        expect(
          await store.idempotency.claim(u, k, { fingerprint: 'f3', ...at(nextDay + 61_000) }),
        ).toBeNull();
      });
    });

    describe('profiles', () => {
      it('has no profile until one is saved', async () => {
        expect(await store.profiles.get(user())).toBeNull();
      });

      it('creates the profile with defaults on the first partial update', async () => {
        const u = user();
        const p = await store.profiles.update(
          u,
          { estilo: 'elegante', edad: 31 },
          PROFILE_DEFAULTS,
        );
        expect(p).toMatchObject({
          ...PROFILE_DEFAULTS,
          userId: u,
          estilo: 'elegante',
          edad: 31,
        });
        expect(typeof p.updatedAt).toBe('string');
        expect(p).not.toHaveProperty('altura');
        expect(await store.profiles.get(u)).toEqual(p);
      });

      it('keeps the fields a later update does not name', async () => {
        const u = user();
        await store.profiles.update(
          u,
          { colores: ['azul', 'negro'], incluirAbrigo: true, nombre: 'Ana', altura: 170 },
          PROFILE_DEFAULTS,
        );
        const p = await store.profiles.update(u, { ocasion: 'formal', peso: 60 }, PROFILE_DEFAULTS);
        expect(p).toMatchObject({
          userId: u,
          colores: ['azul', 'negro'],
          incluirAbrigo: true,
          nombre: 'Ana',
          altura: 170,
          ocasion: 'formal',
          peso: 60,
          estilo: PROFILE_DEFAULTS.estilo,
          topPreference: 'any',
        });
        const cleared = await store.profiles.update(u, { colores: [] }, PROFILE_DEFAULTS);
        expect(cleared.colores).toEqual([]);
        expect(cleared.nombre).toBe('Ana');
      });

      it("stores style notes and the original's '' (not chosen), and clears back to ''", async () => {
        const u = user();
        const first = await store.profiles.update(u, { ocasion: 'fiesta' }, PROFILE_DEFAULTS);
        expect(first).toMatchObject({ ocasion: 'fiesta', estilo: '', style_preference: '' });
        const p = await store.profiles.update(
          u,
          { ocasion: '', style_preference: 'Oversized, earth tones; no logos' },
          PROFILE_DEFAULTS,
        );
        expect(p).toMatchObject({
          ocasion: '',
          estilo: '',
          style_preference: 'Oversized, earth tones; no logos',
        });
        expect(await store.profiles.get(u)).toEqual(p);
        const kept = await store.profiles.update(u, { layeredTop: true }, PROFILE_DEFAULTS);
        expect(kept.style_preference).toBe('Oversized, earth tones; no logos');
        const cleared = await store.profiles.update(u, { style_preference: '' }, PROFILE_DEFAULTS);
        expect(cleared.style_preference).toBe('');
      });

      it('keeps the saved city (name and coordinates) and replaces it whole', async () => {
        const u = user();
        const madrid = { name: 'Madrid', lat: 40.42, lon: -3.7 };
        await store.profiles.update(u, { ciudad: madrid }, PROFILE_DEFAULTS);
        await store.profiles.update(u, { estilo: 'moderno' }, PROFILE_DEFAULTS);
        expect((await store.profiles.get(u))?.ciudad).toEqual(madrid);
        const oslo = { name: 'Oslo', lat: 59.91, lon: 10.75 };
        const p = await store.profiles.update(u, { ciudad: oslo }, PROFILE_DEFAULTS);
        expect(p.ciudad).toEqual(oslo);
        expect((await store.profiles.get(u))?.ciudad).toEqual(oslo);
      });

      it('keeps profiles apart', async () => {
        const a = user();
        const b = user();
        await store.profiles.update(a, { estilo: 'colorido' }, PROFILE_DEFAULTS);
        expect(await store.profiles.get(b)).toBeNull();
        const pb = await store.profiles.update(b, { layeredTop: true }, PROFILE_DEFAULTS);
        expect(pb.estilo).toBe(PROFILE_DEFAULTS.estilo);
        expect((await store.profiles.get(a))?.estilo).toBe('colorido');
        expect((await store.profiles.get(a))?.layeredTop).toBe(false);
      });
    });
  });
}
