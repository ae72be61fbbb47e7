/**
 * The calls the original React frontend (Alvaromp3/fashion_ai `frontend/`) makes, built as its
 * code builds them and checked for the fields its code reads, against the real API (SQLite file,
 * image folder, the ML service stub over HTTP). Each block names the page or component.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClassifier } from '@fashion/adapters/classifier-http/index.ts';
import {
  startMlServiceStub,
  type MlServiceStub,
} from '../../adapters/test/helpers/ml-service-stub.ts';
import { call, photo, type Json } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

/** UploadModal.handleUpload: one `ocasion` per selected occasion, `desconocido` when unknown. */
function originalUploadForm(c: {
  tipo: string;
  clase_nombre?: string;
  color: string;
  confianza: number;
  occasions: string[];
}): FormData {
  const form = new FormData();
  form.append('imagen', new Blob([photo('shirt-1.jpg')], { type: 'image/jpeg' }), 'photo.jpg');
  form.append('tipo', c.tipo);
  form.append('clase_nombre', c.clase_nombre || 'desconocido');
  form.append('color', c.color);
  form.append('confianza', String(c.confianza));
  for (const oc of c.occasions) form.append('ocasion', oc);
  return form;
}

describe('original frontend without a classifier', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('UploadModal: ml-health says not available, with a hint (no false "ready")', async () => {
    const res = await call(s.url, 'GET', '/api/ml-health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      available: false,
      model_loaded: false,
      vit_model_loaded: false,
      classes_count: 0,
      hosted: false,
    });
    expect(res.body.hint).toMatch(/ML_SERVICE_URL|MODELS_DIR/);
  });

  it('UploadModal: several occasions as repeated fields are all stored, in order', async () => {
    const res = await call(s.url, 'POST', '/api/prendas/upload', {
      form: originalUploadForm({
        tipo: 'superior',
        clase_nombre: 'Shirt',
        color: 'azul',
        confianza: 0.87,
        occasions: ['casual', 'trabajo', 'fiesta'],
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body.ocasion).toEqual(['casual', 'trabajo', 'fiesta']);
    // Wardrobe.jsx: the list is a bare array with the fields PrendaCard reads.
    const list = await call(s.url, 'GET', '/api/prendas');
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body[0]).toMatchObject({
      _id: res.body._id,
      tipo: 'superior',
      clase_nombre: 'Shirt',
      color: 'azul',
      ocasion: ['casual', 'trabajo', 'fiesta'],
    });
    expect(typeof list.body[0].imagen_url).toBe('string');
  });

  it('other fields sent twice are still a 400 naming the field', async () => {
    const form = originalUploadForm({
      tipo: 'superior',
      clase_nombre: 'Shirt',
      color: 'azul',
      confianza: 1,
      occasions: [],
    });
    form.append('color', 'rojo');
    const res = await call(s.url, 'POST', '/api/prendas/upload', { form });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/"color" was sent more than once/);
  });

  it('legacy vocabulary is mapped on input: Pullover → Longsleeve, magenta → morado', async () => {
    const res = await call(s.url, 'POST', '/api/prendas/upload', {
      form: originalUploadForm({
        tipo: 'superior',
        clase_nombre: 'Pullover',
        color: 'magenta',
        confianza: 0.7,
        occasions: ['casual'],
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ clase_nombre: 'Longsleeve', color: 'morado' });
  });

  it('Settings.handleSave: the body it sends (empty strings, tshirt, style notes) is saved', async () => {
    const body = {
      colores: ['negro', 'azul'],
      ocasion: '',
      estilo: '',
      incluirVestido: false,
      incluirAbrigo: true,
      layeredTop: false,
      topPreference: 'tshirt',
      style_preference: '',
    };
    const res = await call(s.url, 'PUT', '/api/me/preferences', { json: body });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      colores: ['negro', 'azul'],
      incluirAbrigo: true,
      topPreference: 'T-shirt',
    });
    const got = await call(s.url, 'GET', '/api/me/preferences');
    expect(got.body).toMatchObject({ incluirAbrigo: true, topPreference: 'T-shirt' });
  });

  it("Settings load: a profile never saved answers '' for occasion, style and style notes", async () => {
    const fresh = await startTestServer();
    try {
      const got = await call(fresh.url, 'GET', '/api/me/preferences');
      expect(got.status).toBe(200);
      // PreferenciasFields.pickOutfitFromApi reads these; '' is its "not chosen".
      expect(got.body).toMatchObject({
        colores: [],
        ocasion: '',
        estilo: '',
        incluirVestido: false,
        incluirAbrigo: false,
        layeredTop: false,
        topPreference: 'any',
        style_preference: '',
      });
    } finally {
      await fresh.close();
    }
  });

  it("Settings.handleSave: style notes and chosen values are stored, then cleared with the original's empty strings", async () => {
    const saved = await call(s.url, 'PUT', '/api/me/preferences', {
      json: {
        colores: ['negro'],
        ocasion: 'trabajo',
        estilo: 'elegante',
        incluirVestido: false,
        incluirAbrigo: false,
        layeredTop: false,
        topPreference: 'any',
        style_preference: 'Smart casual, navy and grey, no sneakers at work',
      },
    });
    expect(saved.status).toBe(200);
    const got = await call(s.url, 'GET', '/api/me/preferences');
    expect(got.body).toMatchObject({
      ocasion: 'trabajo',
      estilo: 'elegante',
      style_preference: 'Smart casual, navy and grey, no sneakers at work',
    });
    const cleared = await call(s.url, 'PUT', '/api/me/preferences', {
      json: { ...(got.body as Json), ocasion: '', estilo: '', style_preference: '' },
    });
    expect(cleared.status).toBe(200);
    expect((await call(s.url, 'GET', '/api/me/preferences')).body).toMatchObject({
      ocasion: '',
      estilo: '',
      style_preference: '',
    });
  });

  it('MisOutfits.savePreferences: the GET answer echoed back (userId, updatedAt) is accepted', async () => {
    const got = await call(s.url, 'GET', '/api/me/preferences');
    const res = await call(s.url, 'PUT', '/api/me/preferences', {
      json: { ...got.body, topPreference: 'pullover', layeredTop: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ topPreference: 'Longsleeve', layeredTop: true });
  });

  it('strictness stays: an unknown preference field is a 400 naming it', async () => {
    const res = await call(s.url, 'PUT', '/api/me/preferences', {
      json: { ocasion: 'casual', favouriteBand: 'x' },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/favouriteBand/);
  });
});

describe('original frontend with the ML service', () => {
  let ml: MlServiceStub;
  let s: TestServer;
  beforeAll(async () => {
    ml = await startMlServiceStub();
    s = await startTestServer({
      classifier: createHttpClassifier({ baseUrl: ml.url, timeoutMs: 2000 }),
    });
  });
  afterAll(async () => {
    await s.close();
    await ml.close();
  });

  it('UploadModal: ml-health reports available and the models loaded', async () => {
    const res = await call(s.url, 'GET', '/api/ml-health');
    expect(res.body).toMatchObject({ available: true, classes_count: 10 });
    expect(res.body.model_loaded || res.body.vit_model_loaded).toBe(true);
    expect(res.body).not.toHaveProperty('hint');
  });

  it('UploadModal: clase_nombre "desconocido" lets the model decide the class', async () => {
    const res = await call(s.url, 'POST', '/api/prendas/upload', {
      form: originalUploadForm({
        tipo: 'superior',
        color: 'desconocido',
        confianza: 0,
        occasions: ['casual', 'formal'],
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      clase_nombre: 'Shirt',
      color: 'azul',
      ocasion: ['casual', 'formal'],
    });
  });
});

describe('image URLs for a frontend on another origin', () => {
  let s: TestServer;
  let pub: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ options: { corsOrigins: ['http://localhost:5173'] } });
    pub = await startTestServer({ options: { publicBaseUrl: 'https://api.example.com' } });
  });
  afterAll(async () => {
    await s.close();
    await pub.close();
  });

  const uploadShirt = (base: string) =>
    call(base, 'POST', '/api/prendas/upload', {
      form: originalUploadForm({
        tipo: 'superior',
        clase_nombre: 'Shirt',
        color: 'azul',
        confianza: 1,
        occasions: ['casual'],
      }),
    });

  it('a cross-origin caller gets absolute URLs that load; a same-origin caller keeps them relative', async () => {
    await uploadShirt(s.url);
    const cross = await call(s.url, 'GET', '/api/prendas', {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(cross.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const g = cross.body[0];
    expect(g.imagen_url).toMatch(new RegExp(`^${s.url}/api/images/[0-9a-f]{32}\\.webp$`));
    expect(g.thumbnail_url.startsWith(`${s.url}/api/images/`)).toBe(true);
    expect((await fetch(g.imagen_url)).status).toBe(200);
    const same = await call(s.url, 'GET', '/api/prendas');
    expect(same.body[0].imagen_url).toMatch(/^\/api\/images\//);
  });

  it('a configured public base URL is used for every caller', async () => {
    const created = await uploadShirt(pub.url);
    expect(created.body.imagen_url).toMatch(/^https:\/\/api\.example\.com\/api\/images\//);
  });
});

describe('Generate page (MisOutfits): GET /api/outfits/recommend', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
    for (const [file, clase_nombre, color] of [
      ['shirt-1.jpg', 'Shirt', 'azul'],
      ['t-shirt-1.jpg', 'T-shirt', 'blanco'],
      ['longsleeve-1.jpg', 'Longsleeve', 'gris'],
      ['pants-1.jpg', 'Pants', 'negro'],
      ['shoes-1.jpg', 'Shoes', 'negro'],
    ] as const) {
      const form = new FormData();
      form.append('imagen', new Blob([photo(file)], { type: 'image/jpeg' }), 'p.jpg');
      form.append('clase_nombre', clase_nombre);
      form.append('color', color);
      form.append('ocasion', 'casual');
      expect((await call(s.url, 'POST', '/api/prendas/upload', { form })).status).toBe(201);
    }
  });
  afterAll(() => s.close());

  /** outfitHelpers.getComboKey: slot ids in the original's order, joined by '-'. */
  const comboKey = (o: Json) =>
    [o.superior, o.superiorSecundario, o.inferior, o.zapatos]
      .filter(Boolean)
      .map((g: Json) => g._id)
      .join('-');

  it('answers a bare array of outfits with garment objects in the original slots', async () => {
    const res = await call(s.url, 'GET', '/api/outfits/recommend?ocasion=casual');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    const o = res.body[0];
    for (const slot of ['superior', 'inferior', 'zapatos']) {
      expect(o[slot]).toMatchObject({
        _id: expect.stringMatching(/^[0-9a-f]{24}$/),
        imagen_url: expect.any(String),
        color: expect.any(String),
        clase_nombre: expect.any(String),
      });
    }
    expect(o.superior._id).toBe(o.superior_id._id);
    expect(typeof o.puntuacion).toBe('number');
    expect(Array.isArray(o.explicaciones)).toBe(true);
  });

  it("saved '' (not chosen) occasion and style recommend exactly as never-saved ones", async () => {
    const before = await call(s.url, 'GET', '/api/outfits/recommend?seed=7');
    expect(before.status).toBe(200);
    const put = await call(s.url, 'PUT', '/api/me/preferences', {
      json: { ocasion: '', estilo: '', style_preference: 'anything goes' },
    });
    expect(put.status).toBe(200);
    const after = await call(s.url, 'GET', '/api/outfits/recommend?seed=7');
    expect(after.status).toBe(200);
    expect(after.body.map(comboKey)).toEqual(before.body.map(comboKey));
    expect(after.body.map((o: Json) => o.explicaciones)).toEqual(
      before.body.map((o: Json) => o.explicaciones),
    );
  });

  it('SavedOutfitGridCard: every Generate card piece has a picture that loads (no grey tiles)', async () => {
    const res = await call(s.url, 'GET', '/api/outfits/recommend?ocasion=casual&layeredTop=true');
    expect(res.status).toBe(200);
    for (const outfit of res.body as Json[]) {
      // collectPieces: `outfit.superior_id || outfit.superior`, kept when it has imagen_url.
      const slots = [
        outfit.superior_id || outfit.superior,
        outfit.superior_secundario_id || outfit.superiorSecundario,
        outfit.inferior_id || outfit.inferior,
        outfit.zapatos_id || outfit.zapatos,
        outfit.abrigo_id || outfit.abrigo,
      ].filter(Boolean);
      const pieces = slots.filter((p: Json) => p?.imagen_url);
      expect(pieces.length).toBe(slots.length);
      expect(pieces.length).toBeGreaterThanOrEqual(3);
      for (const p of pieces as Json[]) {
        // getImageUrl: http(s) as is, else root-relative against the API's origin.
        const url = p.imagen_url.startsWith('http') ? p.imagen_url : `${s.url}${p.imagen_url}`;
        const img = await fetch(url);
        expect(img.status).toBe(200);
        expect(img.headers.get('content-type')).toMatch(/^image\//);
      }
      // buildSaveOutfitPayload: `superior?._id ?? superior` → ids; the save takes them.
      const id = (v: Json) => v?._id ?? v;
      const body: Json = {
        superior_id: id(outfit.superior ?? outfit.superior_id),
        inferior_id: id(outfit.inferior ?? outfit.inferior_id),
        zapatos_id: id(outfit.zapatos ?? outfit.zapatos_id),
      };
      const s2 = id(outfit.superiorSecundario ?? outfit.superior_secundario_id);
      if (s2) body.superior_secundario_id = s2;
      expect(body.superior_id).toMatch(/^[0-9a-f]{24}$/);
      const saved = await call(s.url, 'POST', '/api/outfits/save', { json: body });
      expect(saved.status).toBe(201);
      await call(s.url, 'DELETE', `/api/outfits/${saved.body._id}`);
    }
  });

  it('accepts topPreference=tshirt|pullover and exclude as a comma list of its combo keys', async () => {
    const tshirt = await call(s.url, 'GET', '/api/outfits/recommend?topPreference=tshirt');
    expect(tshirt.status).toBe(200);
    expect(tshirt.body[0].superior.clase_nombre).toBe('T-shirt');
    const pullover = await call(s.url, 'GET', '/api/outfits/recommend?topPreference=pullover');
    expect(pullover.body[0].superior.clase_nombre).toBe('Longsleeve');

    const first = await call(s.url, 'GET', '/api/outfits/recommend?ocasion=casual');
    const keys = (first.body as Json[]).map(comboKey);
    const more = await call(
      s.url,
      'GET',
      `/api/outfits/recommend?ocasion=casual&exclude=${encodeURIComponent(keys.join(','))}`,
    );
    expect(more.status).toBe(200);
    for (const o of more.body as Json[]) expect(keys).not.toContain(comboKey(o));
  });

  it('an unknown topPreference is still a 400', async () => {
    const res = await call(s.url, 'GET', '/api/outfits/recommend?topPreference=hoodie');
    expect(res.status).toBe(400);
  });
});

describe('saved outfits (WardrobeOutfits, OutfitDetail): populated slots', () => {
  let s: TestServer;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    s = await startTestServer();
    for (const [file, clase_nombre] of [
      ['shirt-1.jpg', 'Shirt'],
      ['pants-1.jpg', 'Pants'],
      ['shoes-1.jpg', 'Shoes'],
    ] as const) {
      const form = new FormData();
      form.append('imagen', new Blob([photo(file)], { type: 'image/jpeg' }), 'p.jpg');
      form.append('clase_nombre', clase_nombre);
      form.append('color', 'negro');
      ids[clase_nombre] = (await call(s.url, 'POST', '/api/prendas/upload', { form })).body._id;
    }
  });
  afterAll(() => s.close());

  it('buildSaveOutfitPayload saves; list and detail answer garment objects in *_id', async () => {
    const saved = await call(s.url, 'POST', '/api/outfits/save', {
      json: {
        superior_id: ids.Shirt,
        inferior_id: ids.Pants,
        zapatos_id: ids.Shoes,
        puntuacion: 50,
      },
    });
    expect(saved.status).toBe(201);
    const list = await call(s.url, 'GET', '/api/outfits');
    const detail = await call(s.url, 'GET', `/api/outfits/${saved.body._id}`);
    for (const o of [list.body[0], detail.body]) {
      for (const [slot, clase] of [
        ['superior_id', 'Shirt'],
        ['inferior_id', 'Pants'],
        ['zapatos_id', 'Shoes'],
      ]) {
        expect(o[slot!]).toMatchObject({
          _id: ids[clase!],
          clase_nombre: clase,
          imagen_url: expect.stringMatching(/^\/api\/images\//),
        });
      }
    }
  });
});
