/**
 * An in-memory stand-in for the API, for component tests only (the end-to-end tests use the real
 * server). It validates every request body against the zod contracts of @fashion/core, so a test
 * fails when the UI sends something the real API would reject, and it answers contract-shaped data.
 */
import {
  CLASS_NAMES,
  TripExpandedSchema,
  ClassificationSchema,
  GarmentAutoSchema,
  GarmentFieldsSchema,
  GarmentListQuerySchema,
  GarmentBatchSchema,
  GarmentPatchSchema,
  GarmentSchema,
  OcasionUpdateSchema,
  OutfitExpandedSchema,
  OutfitSaveSchema,
  PreferencesUpdateSchema,
  RecommendQuerySchema,
  PROFILE_DEFAULTS,
  WearCreateSchema,
  TIPO_BY_CLASS,
  computeInsights,
  searchWords,
} from '@fashion/core';
import type {
  Classification,
  TripExpanded,
  ClassName,
  Garment,
  Outfit,
  Profile,
  SuggestionRecord,
  Wear,
} from '@fashion/core';
import type { ApiRequest, ApiResponse, Transport } from '../src/api/transport.ts';
import type { ModelMetricsJson, Recommendation } from '../src/api/types.ts';

export interface Logged {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

let seq = 0;
export const fakeId = () => (++seq).toString(16).padStart(24, '0');

/** A one-day trip whose plan packs `garments`, each under its own type; nothing ticked yet. */
export function tripPacking(garments: readonly Garment[]): TripExpanded {
  const packingList: Record<string, string[]> = {};
  for (const g of garments) (packingList[g.tipo] ??= []).push(g._id);
  return TripExpandedSchema.parse({
    _id: fakeId(),
    userId: 'anonymous',
    destino: { name: 'Lisboa', lat: 38.7, lon: -9.1 },
    desde: '2026-12-10',
    hasta: '2026-12-10',
    dias: [{ fecha: '2026-12-10', actividades: ['work'] }],
    lavanderia: false,
    plan: { days: [], packingList, suitcaseSize: garments.length, greedySize: garments.length },
    marcados: [],
    creado: '2026-12-01T00:00:00.000Z',
    prendas: garments,
  });
}

export function garment(clase: ClassName, extra: Partial<Garment> = {}): Garment {
  const id = extra._id ?? fakeId();
  return GarmentSchema.parse({
    _id: id,
    userId: 'anonymous',
    imagen_url: `/api/images/${id}.jpg`,
    thumbnail_url: `/api/images/${id}-thumb.jpg`,
    tipo: TIPO_BY_CLASS[clase],
    clase_nombre: clase,
    color: 'negro',
    color_hex: '#1c1c1c',
    confianza: 0.9,
    ocasion: [],
    fecha_agregada: '2025-03-01T10:00:00.000Z',
    ...extra,
  });
}

const ok = (body: unknown, status = 200): ApiResponse => ({ status, body });
const err = (status: number, error: string, extra: object = {}): ApiResponse => ({
  status,
  body: { error, ...extra },
});

function classFromName(name: string): ClassName {
  const n = name.toLowerCase();
  return (
    [...CLASS_NAMES].sort((a, b) => b.length - a.length).find((c) => n.includes(c.toLowerCase())) ??
    'T-shirt'
  );
}

export class FakeApi {
  garments: Garment[] = [];
  outfits: Outfit[] = [];
  wears: Wear[] = [];
  /** The API's suggestion log (what the recommender showed, per garment). */
  suggestions: SuggestionRecord[] = [];
  profile: Profile = { ...PROFILE_DEFAULTS, userId: 'anonymous' };
  classifier: 'ok' | 'unavailable' = 'ok';
  metrics: Partial<Record<'cnn' | 'vit', ModelMetricsJson>> = {};
  log: Logged[] = [];
  /** What GET /api/export answers (a ZIP's bytes) and POST /api/import answers. */
  exportZip = new Blob([new Uint8Array([0x50, 0x4b, 0x05, 0x06])], { type: 'application/zip' });
  /** The export's name in its Content-Disposition. */
  exportName = 'fashion-ai-2026-01-02.zip';
  importAnswer: ApiResponse = ok(
    { imported: { garments: 0, outfits: 0, preferences: 0 }, duplicates: 0 },
    201,
  );
  /** Holds the next answers until released (to observe in-between states). */
  gate: Promise<void> | null = null;
  /** Answers instead of the fake when it returns something (failures, odd servers). */
  intercept: ((req: ApiRequest) => ApiResponse | undefined) | null = null;

  readonly transport: Transport = async (req, headers) => {
    const url = new URL(req.path, 'http://api.test');
    const body = req.form ?? req.json;
    this.log.push({
      method: req.method,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
    });
    if (req.onUploadProgress) {
      req.onUploadProgress(0.5);
      req.onUploadProgress(1);
    }
    if (this.gate) await this.gate;
    const res = this.intercept?.(req) ?? this.handle(req, url);
    // Over the wire every answer is a fresh copy, never the fake's own objects (images as is).
    return {
      status: res.status,
      body: res.body instanceof Blob ? res.body : (JSON.parse(JSON.stringify(res.body)) as unknown),
      ...(res.retryAfterS !== undefined ? { retryAfterS: res.retryAfterS } : {}),
      ...(res.headers ? { headers: res.headers } : {}),
    };
  };

  requests(method: string, path: string | RegExp): Logged[] {
    return this.log.filter(
      (l) =>
        l.method === method && (typeof path === 'string' ? l.path === path : path.test(l.path)),
    );
  }

  private classify(name: string, model: 'cnn' | 'vit'): Classification {
    const clase = classFromName(name);
    const other = CLASS_NAMES.filter((c) => c !== clase);
    const conf = model === 'cnn' ? 0.72 : 0.91;
    return ClassificationSchema.parse({
      clase: CLASS_NAMES.indexOf(clase),
      clase_nombre: clase,
      tipo: TIPO_BY_CLASS[clase],
      confianza: conf,
      color: 'azul',
      color_hex: '#2f5d9e',
      top3: [
        { clase_nombre: clase, confianza: conf, tipo: TIPO_BY_CLASS[clase] },
        { clase_nombre: other[0]!, confianza: 0.06, tipo: TIPO_BY_CLASS[other[0]!] },
        { clase_nombre: other[1]!, confianza: 0.02, tipo: TIPO_BY_CLASS[other[1]!] },
      ],
      model,
      model_file: `${model}.onnx`,
    });
  }

  private create(fields: Record<string, unknown>, name: string): ApiResponse {
    const parsed = GarmentFieldsSchema.safeParse(fields);
    if (!parsed.success) return err(400, `invalid fields: ${parsed.error.message}`);
    const f = parsed.data;
    const clase = f.clase_nombre ?? classFromName(name);
    const g = garment(clase, {
      tipo: f.tipo ?? TIPO_BY_CLASS[clase],
      color: f.color ?? 'azul',
      ...(f.color_hex ? { color_hex: f.color_hex } : {}),
      confianza: f.confianza ?? 0.5,
      ocasion: f.ocasion ?? [],
      ...(f.confirmado !== undefined ? { confirmado: f.confirmado } : {}),
      ...(f.modelo ? { modelo: f.modelo } : {}),
    });
    this.garments.unshift(g);
    return ok(g, 201);
  }

  private recommend(q: URLSearchParams): ApiResponse {
    const parsed = RecommendQuerySchema.safeParse(Object.fromEntries(q));
    if (!parsed.success) return err(400, parsed.error.message);
    const by = (tipo: string) => this.garments.filter((g) => g.tipo === tipo);
    const tops = by('superior');
    const bottoms = by('inferior');
    const shoes = by('zapatos');
    const missing = [
      ...(tops.length ? [] : ['superior']),
      ...(bottoms.length ? [] : ['inferior']),
      ...(shoes.length ? [] : ['zapatos']),
    ];
    if (missing.length) {
      const codes = missing.map(
        (m) => ({ superior: 'top', inferior: 'bottom', zapatos: 'shoes' })[m]!,
      );
      return err(400, 'The wardrobe cannot make an outfit yet', {
        missing: codes.map((c) => `add ${c}`),
        codes,
      });
    }
    const exclude = new Set(
      (parsed.data.exclude ?? []).map((e) => (Array.isArray(e) ? e.join('+') : e)),
    );
    const all: Recommendation[] = [];
    for (const s of tops)
      for (const i of bottoms)
        for (const z of shoes) {
          const key = [s._id, i._id, z._id].join('+');
          all.push({
            key,
            puntuacion: 90 - all.length,
            ocasion: parsed.data.ocasion ?? 'casual',
            explicaciones: [
              'Todo en tonos neutros (negro y blanco): combinan sin riesgo.',
              'Prendas adecuadas para el trabajo.',
              '',
            ],
            detalles: [
              {
                code: 'color.neutros',
                kind: 'reason',
                text: 'Todo en tonos neutros (negro y blanco): combinan sin riesgo.',
                delta: 8,
                params: { colores: 'negro,blanco' },
              },
              {
                code: 'ocasion.adecuada',
                kind: 'reason',
                text: 'Prendas adecuadas para el trabajo.',
                delta: -2,
                params: { ocasion: parsed.data.ocasion ?? 'casual' },
              },
              {
                code: 'confianza.dudosa',
                kind: 'caveat',
                text: 'Confirma en tu armario qué prenda es la camiseta blanca: hasta entonces cuenta menos.',
                delta: -1,
                params: { prenda: 'T-shirt', color: 'blanco', prendas: 1 },
              },
              { code: 'superior.cualquiera', text: '', delta: 0 },
              { code: 'nota.nueva', text: 'Una nota que la interfaz aún no conoce.', delta: 0 },
            ],
            superior_id: s._id,
            inferior_id: i._id,
            zapatos_id: z._id,
            prendas: { superior: s, inferior: i, zapatos: z },
          });
        }
    const fresh = all.filter((r) => !exclude.has(r.key));
    return ok({ outfits: fresh.slice(0, parsed.data.limit ?? 5) });
  }

  /** Outfits go out with their garments, as the real API sends them (OutfitExpandedSchema). */
  private expand(o: Outfit) {
    const prendas: Record<string, Garment> = {};
    for (const [k, v] of Object.entries(o)) {
      const g = k.endsWith('_id') && this.garments.find((x) => x._id === v);
      if (g) prendas[k.slice(0, -3)] = g;
    }
    return OutfitExpandedSchema.parse({ ...o, prendas });
  }

  /** POST /api/prendas/batch as the API takes it (core's schema): all or nothing, tags merged. */
  private batch(body: unknown): ApiResponse {
    const parsed = GarmentBatchSchema.safeParse(body);
    if (!parsed.success) return err(400, parsed.error.message);
    const { ids, action, set = {} } = parsed.data;
    const found = ids.map((id) => this.garments.find((g) => g._id === id));
    if (found.some((g) => !g)) return err(404, 'garment not found');
    if (action === 'eliminar') {
      this.garments = this.garments.filter((g) => !ids.includes(g._id));
      return ok({ ids, action });
    }
    const { etiquetas_add, etiquetas_remove, categoria_id, ...fields } = set;
    for (const g of found) {
      Object.assign(g!, fields);
      // As the API does: a stated class brings its type and confirms it.
      if (fields.clase_nombre)
        Object.assign(g!, { tipo: TIPO_BY_CLASS[fields.clase_nombre], confirmado: true });
      if (categoria_id === null) delete g!.categoria_id;
      else if (categoria_id) g!.categoria_id = categoria_id;
      if (etiquetas_add || etiquetas_remove) {
        const remove = new Set(etiquetas_remove ?? []);
        const tags = [...(g!.etiquetas ?? []), ...(etiquetas_add ?? [])];
        g!.etiquetas = [...new Set(tags)].filter((t) => !remove.has(t));
      }
      if (action === 'archivar') g!.estado = 'archivada';
      if (action === 'restaurar') g!.estado = 'activa';
    }
    return ok({ ids, action: action ?? 'actualizar' });
  }

  private handle(req: ApiRequest, url: URL): ApiResponse {
    const p = url.pathname;
    const m = req.method;
    const idMatch = /^\/api\/prendas\/([0-9a-f]{24})(\/ocasion)?$/.exec(p);
    const outfitMatch = /^\/api\/outfits\/([0-9a-f]{24})$/.exec(p);
    const wornMatch = /^\/api\/outfits\/([0-9a-f]{24})\/worn$/.exec(p);

    if (m === 'GET' && p === '/api/prendas') {
      // As the server: core's query schema, archived garments only when asked for, the other
      // filters and the search (core's searchWords), and `{items, next, total}` pages on `limit`.
      const query = GarmentListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return err(400, query.error.message);
      const f = query.data;
      const estado = f.estado ?? 'activa';
      const seasons = f.temporada ?? [];
      const words = f.q ? searchWords(f.q) : [];
      const text = (g: Garment) =>
        [g.marca, g.notas, g.material, g.talla, JSON.stringify(g.etiquetas ?? [])]
          .filter(Boolean)
          .join(' ')
          .toLowerCase();
      const list = this.garments.filter(
        (g) =>
          (estado === 'todas' || (g.estado === 'archivada') === (estado === 'archivada')) &&
          (!f.tipo || g.tipo === f.tipo) &&
          (!f.clase_nombre || g.clase_nombre === f.clase_nombre) &&
          (!f.color || g.color === f.color) &&
          (!f.ocasion || g.ocasion.includes(f.ocasion)) &&
          (!seasons.length || seasons.some((t) => g.temporadas?.includes(t))) &&
          (!f.lavado || (g.lavado ?? 'limpia') === f.lavado) &&
          (f.favorito === undefined || (g.favorito ?? false) === f.favorito) &&
          (!f.categoria || g.categoria_id === f.categoria) &&
          words.every(
            (w) =>
              text(g).includes(w.text.toLowerCase()) ||
              w.clase_nombre.includes(g.clase_nombre) ||
              w.tipo.includes(g.tipo) ||
              w.color.includes(g.color) ||
              g.ocasion.some((o) => w.ocasion.includes(o)),
          ),
      );
      if (f.limit === undefined) return ok(list);
      const from = Number(f.cursor ?? 0);
      const next = from + f.limit < list.length ? String(from + f.limit) : null;
      const items = list.slice(from, from + f.limit);
      return ok(from === 0 ? { items, next, total: list.length } : { items, next });
    }
    if (m === 'GET' && p === '/api/export') {
      if (req.responseType !== 'blob') return err(406, 'a ZIP, read as a blob');
      return {
        ...ok(this.exportZip),
        headers: new Headers({
          'Content-Disposition': `attachment; filename="${this.exportName}"`,
        }),
      };
    }
    if (m === 'POST' && p === '/api/import') {
      if (!(req.form?.get('file') instanceof Blob)) return err(415, 'send the ZIP as "file"');
      return this.importAnswer;
    }
    // Insights as the API computes them: core's computeInsights over the garments and the log.
    if (m === 'GET' && p === '/api/insights') {
      return ok(
        computeInsights(this.garments, this.wears, {
          now: new Date(),
          suggestions: this.suggestions,
        }),
      );
    }
    if (m === 'POST' && p === '/api/prendas/batch') return this.batch(req.json);
    const archiveMatch = /^\/api\/prendas\/([0-9a-f]{24})\/(archivar|restaurar)$/.exec(p);
    if (m === 'POST' && archiveMatch) {
      const g = this.garments.find((x) => x._id === archiveMatch[1]);
      if (!g) return err(404, 'garment not found');
      const motivo = (req.json as { motivo?: string } | undefined)?.motivo;
      if (archiveMatch[2] === 'restaurar') {
        g.estado = 'activa';
        delete g.motivo_archivo;
      } else Object.assign(g, { estado: 'archivada' }, motivo ? { motivo_archivo: motivo } : {});
      return ok(g);
    }
    if (idMatch) {
      const g = this.garments.find((x) => x._id === idMatch[1]);
      if (!g) return err(404, 'garment not found');
      if (m === 'GET') return ok(g);
      if (m === 'DELETE') {
        this.garments = this.garments.filter((x) => x !== g);
        this.outfits = this.outfits.filter((o) => !Object.values(o).includes(g._id));
        return ok({ ok: true });
      }
      if (m === 'PUT' && idMatch[2]) {
        const parsed = OcasionUpdateSchema.safeParse(req.json);
        if (!parsed.success) return err(400, parsed.error.message);
        Object.assign(g, { ocasion: parsed.data.ocasion });
        return ok(g);
      }
      if (m === 'PATCH') {
        const parsed = GarmentPatchSchema.safeParse(req.json);
        if (!parsed.success) return err(400, parsed.error.message);
        // As the API does: stating the class (a correction or a confirmation) confirms it.
        Object.assign(g, parsed.data, parsed.data.clase_nombre ? { confirmado: true } : {});
        return ok(g);
      }
    }
    if (m === 'POST' && /^\/api\/classify\/(cnn|vit)$/.test(p)) {
      if (this.classifier === 'unavailable') return err(503, 'no classifier model is loaded');
      const file = req.form?.get('imagen');
      if (!(file instanceof Blob)) return err(400, 'imagen is required');
      return ok(this.classify((file as File).name ?? '', p.endsWith('vit') ? 'vit' : 'cnn'));
    }
    if (m === 'POST' && p === '/api/prendas/upload') {
      const form = req.form;
      const file = form?.get('imagen');
      if (!form || !(file instanceof Blob)) return err(400, 'imagen is required');
      const fields: Record<string, unknown> = {};
      for (const [k, v] of form.entries()) {
        if (k === 'imagen') continue;
        const s = String(v);
        fields[k] = k === 'ocasion' ? JSON.parse(s) : k === 'confirmado' ? s === 'true' : s;
      }
      return this.create(fields, (file as File).name);
    }
    if (m === 'POST' && p === '/api/prendas/auto') {
      const parsed = GarmentAutoSchema.safeParse(req.json);
      if (!parsed.success) return err(400, parsed.error.message);
      const { imagen_base64: _img, ...fields } = parsed.data;
      return this.create(fields, 'camera.jpg');
    }
    if (m === 'GET' && p === '/api/outfits/recommend') return this.recommend(url.searchParams);
    if (m === 'POST' && p === '/api/outfits/save') {
      const parsed = OutfitSaveSchema.safeParse(req.json);
      if (!parsed.success) return err(400, parsed.error.message);
      const o: Outfit = {
        ...parsed.data,
        _id: fakeId(),
        userId: 'anonymous',
        puntuacion: parsed.data.puntuacion ?? 50,
        fecha_creacion: new Date().toISOString(),
      };
      this.outfits.push(o);
      return ok(this.expand(o), 201);
    }
    if (m === 'GET' && p === '/api/outfits') return ok(this.outfits.map((o) => this.expand(o)));
    const wearMatch = /^\/api\/usos\/([0-9a-f]{24})$/.exec(p);
    if (m === 'GET' && p === '/api/usos') {
      const desde = url.searchParams.get('desde') ?? '';
      const hasta = url.searchParams.get('hasta') ?? '\uffff';
      return ok(
        this.wears
          .filter((w) => w.fecha >= desde && w.fecha <= hasta)
          .map((w) => ({
            ...w,
            prendas: this.garments.filter((g) => w.prenda_ids.includes(g._id)),
          })),
      );
    }
    if (m === 'POST' && p === '/api/usos') {
      const parsed = WearCreateSchema.safeParse(req.json);
      if (!parsed.success) return err(400, parsed.error.message);
      const o = parsed.data.outfit_id
        ? this.outfits.find((x) => x._id === parsed.data.outfit_id)
        : undefined;
      if (parsed.data.outfit_id && !o) return err(404, 'outfit not found');
      const ids = o
        ? Object.entries(o)
            .filter(([k, v]) => k.endsWith('_id') && typeof v === 'string')
            .map(([, v]) => v as string)
        : (parsed.data.prenda_ids ?? []);
      const ultimo_uso = new Date().toISOString();
      this.garments = this.garments.map((g) => (ids.includes(g._id) ? { ...g, ultimo_uso } : g));
      if (o) o.ultimo_uso = ultimo_uso;
      const wear = {
        _id: fakeId(),
        userId: 'anonymous',
        fecha: parsed.data.fecha ?? ultimo_uso.slice(0, 10),
        prenda_ids: ids,
        creado: ultimo_uso,
        ...(o ? { outfit_id: o._id } : {}),
      };
      this.wears.push(wear);
      return ok({ ...wear, prendas: this.garments.filter((g) => ids.includes(g._id)) }, 201);
    }
    if (m === 'DELETE' && wearMatch) {
      const wear = this.wears.find((x) => x._id === wearMatch[1]);
      if (!wear) return err(404, 'wear not found');
      this.wears = this.wears.filter((x) => x !== wear);
      // As the API derives it: the latest remaining wear, or none (these fakes log only today).
      this.garments = this.garments.map((g) => {
        if (!wear.prenda_ids.includes(g._id)) return g;
        const left = this.wears.filter((x) => x.prenda_ids.includes(g._id));
        const { ultimo_uso: _gone, ...rest } = g;
        return left.length ? { ...rest, ultimo_uso: left.at(-1)!.creado } : rest;
      });
      return ok({ deleted: wear._id });
    }
    if (m === 'POST' && wornMatch) {
      const o = this.outfits.find((x) => x._id === wornMatch[1]);
      if (!o) return err(404, 'outfit not found');
      const ultimo_uso = new Date().toISOString();
      const ids = new Set(Object.values(o).filter((v): v is string => typeof v === 'string'));
      const worn = this.garments.filter((g) => ids.has(g._id));
      this.garments = this.garments.map((g) => (ids.has(g._id) ? { ...g, ultimo_uso } : g));
      o.ultimo_uso = ultimo_uso;
      return ok({ ultimo_uso, prendas: worn.map((g) => g._id) });
    }
    const imageMatch = /^\/api\/outfits\/([0-9a-f]{24})\/image$/.exec(p);
    if (m === 'GET' && imageMatch) {
      if (!this.outfits.some((x) => x._id === imageMatch[1])) return err(404, 'outfit not found');
      // The PNG signature stands for the flat-lay the server draws.
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return ok(new Blob([png], { type: 'image/png' }));
    }
    if (outfitMatch) {
      const o = this.outfits.find((x) => x._id === outfitMatch[1]);
      if (!o) return err(404, 'outfit not found');
      if (m === 'GET') return ok(this.expand(o));
      if (m === 'PATCH') {
        const nombre = (req.json as { nombre?: unknown } | undefined)?.nombre;
        if (typeof nombre !== 'string' || !nombre.trim() || nombre.length > 120)
          return err(400, 'nombre must be a non-empty string of at most 120 characters');
        o.nombre = nombre;
        return ok(this.expand(o));
      }
      if (m === 'DELETE') {
        this.outfits = this.outfits.filter((x) => x !== o);
        return ok({ ok: true });
      }
    }
    if (m === 'GET' && p === '/api/me') return ok({ userId: 'anonymous' });
    if (m === 'GET' && p === '/api/me/preferences') return ok(this.profile);
    if (m === 'PUT' && p === '/api/me/preferences') {
      const parsed = PreferencesUpdateSchema.safeParse(req.json);
      if (!parsed.success) return err(400, parsed.error.message);
      this.profile = { ...this.profile, ...parsed.data, updatedAt: new Date().toISOString() };
      return ok(this.profile);
    }
    const metric = /^\/api\/model\/(cnn|vit)\/metrics$/.exec(p);
    if (m === 'GET' && metric) {
      const data = this.metrics[metric[1] as 'cnn' | 'vit'];
      return data ? ok(data) : err(404, 'no metrics for this model');
    }
    if (m === 'GET' && p === '/api/ml-health')
      return ok({ status: 'ok', models: { cnn: { loaded: true }, vit: { loaded: false } } });
    return err(404, `no route ${m} ${p}`);
  }
}
