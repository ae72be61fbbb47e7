/**
 * Recomputes an outfit's score part by part (the same sums the search adds up) and says, as
 * codes with parameters, why each part gave or took points: reasons first (rotation up front),
 * caveats apart. The Spanish text comes from reasons-es.ts.
 */
import { CLASH_BELOW, colorHarmony, colorScheme } from './color-harmony.ts';
import type { GarmentFeatures } from './features.ts';
import { formalityCoherence, occasionFit } from './formality.ts';
import {
  pairValue,
  slotPairFactor,
  unaryValue,
  type ScoreContext,
  type ShapeModel,
} from './model.ts';
import { preferredColorFit } from './palette.ts';
import { reasonKind, type ReasonCode, type ReasonParams } from './reasons.ts';
import { spanishReason } from './reasons-es.ts';
import type { SlotName } from '../outfit-slots.ts';
import { SLOT_WEIGHT } from './slots.ts';
import type { Breakdown, Explanation } from './types.ts';
import { outsideSeasons } from './season.ts';
import { outerwearReason, weatherFit } from './weather.ts';
import { BONUS_COMPONENTS, COMPONENTS, PAIR_SHARE, type Component } from './weights.ts';

export interface Scored {
  puntuacion: number;
  breakdown: Breakdown;
  detalles: Explanation[];
}

type Piece = { slot: SlotName; f: GarmentFeatures };
/** A part's reason before its points and kind are known; null: nothing worth saying. */
type Reason = { code: ReasonCode; params?: ReasonParams } | null;

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The 0..1 value of each applicable part and the total, exactly as the search sums them. */
export function componentValues(
  model: ShapeModel,
  picks: readonly GarmentFeatures[],
  ctx: ScoreContext,
): { values: Partial<Record<Component, number>>; total: number } {
  const slots = model.shape.slots;
  const bySlot = new Map(slots.map((s, i) => [s, picks[i]!]));
  const values: Partial<Record<Component, number>> = {};
  let total = 0;
  for (const k of COMPONENTS) {
    const w = model.weight[k];
    if (w === 0) continue;
    let points = model.constantParts.get(k) ?? 0;
    for (const [slot, parts] of model.unary) {
      for (const p of parts) {
        if (p.k === k) points += p.coef * unaryValue(k, bySlot.get(slot)!, ctx, model.shape);
      }
    }
    if (PAIR_SHARE[k] > 0) {
      let mean = 0;
      for (let i = 0; i < slots.length; i++) {
        for (let j = i + 1; j < slots.length; j++) {
          mean +=
            slotPairFactor(model, slots[i]!, slots[j]!) * pairValue(k, picks[i]!, picks[j]!, ctx);
        }
      }
      points += w * PAIR_SHARE[k] * mean;
    }
    values[k] = points / w;
    total += points;
  }
  return { values, total };
}

export function explainOutfit(
  model: ShapeModel,
  picks: readonly GarmentFeatures[],
  ctx: ScoreContext,
): Scored {
  const { values, total } = componentValues(model, picks, ctx);
  const pieces: Piece[] = model.shape.slots
    .map((slot, i) => ({ slot, f: picks[i]! }))
    .sort((a, b) => SLOT_WEIGHT[b.slot] - SLOT_WEIGHT[a.slot]);
  const breakdown: Breakdown = {};
  const said: Explanation[] = [];
  const add = (r: Reason, delta: number) => {
    if (!r) return;
    said.push({
      code: r.code,
      kind: reasonKind(r.code),
      text: spanishReason(r.code, r.params),
      delta,
      ...(r.params ? { params: r.params } : {}),
    });
  };
  for (const k of COMPONENTS) {
    const v = values[k];
    if (v === undefined) continue;
    const w = model.weight[k];
    breakdown[k] = { valor: round3(v), peso: round1(w), puntos: round1(w * v) };
    // A bonus adds its points to the rest; a shared part gives or takes them against 50.
    add(REASONS[k](pieces, ctx, model, v), round1(BONUS_COMPONENTS.has(k) ? w * v : w * (v - 0.5)));
  }
  for (const note of outfitNotes(pieces, ctx, model)) add(note, 0);
  for (const m of materialNotes(pieces, ctx, model)) add(m.reason, m.delta);
  // Rotation leads (the person asked for it by marking an outfit worn), then the strongest.
  const rank = (e: Explanation) => (e.code.startsWith('rotacion.') ? 1 : 0);
  const order = (a: Explanation, b: Explanation) => rank(b) - rank(a) || b.delta - a.delta;
  return {
    puntuacion: Math.min(100, Math.max(0, round1(total))),
    breakdown,
    detalles: [
      ...said.filter((e) => e.kind === 'reason').sort(order),
      ...said.filter((e) => e.kind === 'caveat').sort(order),
    ],
  };
}

const one = (f: GarmentFeatures): ReasonParams => ({ prenda: f.cls, color: f.colorName });
const two = (a: GarmentFeatures, b: GarmentFeatures): ReasonParams => ({
  ...one(a),
  prenda2: b.cls,
  color2: b.colorName,
});

type ReasonFn = (pieces: Piece[], ctx: ScoreContext, model: ShapeModel, value: number) => Reason;

const colorReason: ReasonFn = (pieces) => {
  let worst: { a: GarmentFeatures; b: GarmentFeatures; v: number } | null = null;
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i]!.f;
      const b = pieces[j]!.f;
      const v = colorHarmony(a, b);
      if (!worst || v < worst.v) worst = { a, b, v };
    }
  }
  if (worst && worst.v < CLASH_BELOW)
    return { code: 'color.choque', params: two(worst.a, worst.b) };
  const chromatic = pieces.map((p) => p.f).filter((f) => !f.neutral && !f.multicolor);
  if (pieces.some((p) => p.f.multicolor)) {
    return { code: chromatic.length === 0 ? 'color.estampado' : 'color.estampado_arriesgado' };
  }
  if (chromatic.length === 0) {
    const names = [...new Set(pieces.map((p) => p.f.colorName))];
    return { code: 'color.neutros', params: { colores: names.join(',') } };
  }
  const [c1, c2] = chromatic;
  if (!c2) return { code: 'color.acento', params: one(c1!) };
  const params = { a: c1!.colorName, b: c2.colorName };
  const code = (
    {
      monochrome: 'color.monocromo',
      analogous: 'color.analogos',
      complementary: 'color.complementarios',
    } as const
  )[colorScheme(c1!, c2) as 'monochrome'];
  return { code: code ?? 'color.contraste', params };
};

const formalityReason: ReasonFn = (pieces) => {
  let hi = pieces[0]!.f;
  let lo = pieces[0]!.f;
  for (const { f } of pieces) {
    if (f.formality > hi.formality) hi = f;
    if (f.formality < lo.formality) lo = f;
  }
  return formalityCoherence(hi.formality, lo.formality) >= 0.6
    ? { code: 'formalidad.coherente' }
    : { code: 'formalidad.mezcla', params: two(hi, lo) };
};

const occasionReason: ReasonFn = (pieces, ctx): Reason => {
  const oc = ctx.prefs.ocasion;
  const tagged = pieces.filter((p) => p.f.tags.includes(oc)).length;
  if (tagged === pieces.length) return { code: 'ocasion.marcadas', params: { ocasion: oc } };
  let worst = pieces[0]!.f;
  let worstFit = Infinity;
  for (const { f } of pieces) {
    const fit = occasionFit(f.formality, f.tags, oc);
    if (fit < worstFit) [worst, worstFit] = [f, fit];
  }
  if (worstFit < 0.5) return { code: 'ocasion.desajuste', params: { ocasion: oc, ...one(worst) } };
  return { code: 'ocasion.adecuada', params: { ocasion: oc, marcadas: tagged } };
};

const weatherReason: ReasonFn = (pieces, ctx, model) => {
  const w = ctx.weather;
  const t = w.temperature;
  const params: ReasonParams = {};
  if (t !== undefined) params.temperatura = t;
  if (w.rain) params.lluvia = 1;
  const why = outerwearReason(w);
  if (why && model.shape.coat) return { code: 'clima.abrigo', params };
  if (why) {
    return {
      code: 'clima.sin_abrigo',
      params: { ...params, motivo: why === 'cold' ? 'frio' : 'lluvia' },
    };
  }
  const covered = model.shape.layer || model.shape.coat;
  let worst = pieces[0]!.f;
  let worstFit = Infinity;
  for (const { f } of pieces) {
    const fit = weatherFit(f, w, covered);
    if (fit < worstFit) [worst, worstFit] = [f, fit];
  }
  if (worstFit < 0.5) return { code: 'clima.desajuste', params: { ...params, ...one(worst) } };
  if (t !== undefined && t >= 24) return { code: 'clima.calor', params };
  return { code: 'clima.adecuado', params };
};

const styleReason: ReasonFn = (_pieces, ctx, _model, value) => ({
  code: value >= 0.6 ? 'estilo.encaja' : 'estilo.se_aleja',
  params: { estilo: ctx.prefs.estilo },
});

const paletteReason: ReasonFn = (pieces, ctx) => {
  const matched = [
    ...new Set(
      pieces.filter((p) => preferredColorFit(p.f, ctx.palette) >= 0.9).map((p) => p.f.colorName),
    ),
  ];
  return matched.length > 0
    ? { code: 'preferidos.incluye', params: { colores: matched.join(',') } }
    : { code: 'preferidos.ninguno', params: { colores: [...ctx.palette.names].join(',') } };
};

/** Only a doubtful piece is worth a word (and a plain one: confirm it). */
const trustReason: ReasonFn = (pieces) => {
  const doubtful = pieces.map((p) => p.f).filter((f) => f.trust < 0.6);
  if (doubtful.length === 0) return null;
  return { code: 'confianza.dudosa', params: { ...one(doubtful[0]!), prendas: doubtful.length } };
};

const topReason: ReasonFn = (pieces, ctx) => {
  const pref = ctx.prefs.topPreference;
  if (pref === 'any') return null;
  const has = pieces.some(
    (p) => (p.slot === 'superior' || p.slot === 'superior_secundario') && p.f.cls === pref,
  );
  return { code: has ? 'superior.preferida' : 'superior.otra', params: { preferencia: pref } };
};

const rotationReason: ReasonFn = (pieces, ctx) => {
  const worn = pieces.map((p) => p.f).filter((f) => ctx.recent?.has(f.id));
  return worn.length > 0
    ? { code: 'rotacion.repite', params: { ...one(worn[0]!), otras: worn.length - 1 } }
    : { code: 'rotacion.nuevas' };
};

/** The seasons asked for, as a comma list (one season for a day). */
const askedSeasons = (ctx: ScoreContext) => [...(ctx.season?.seasons ?? [])].join(',');

/** A piece outside its seasons (its own first), else all in season. */
const seasonReason: ReasonFn = (pieces, ctx) => {
  const outside = pieces
    .map((p) => p.f)
    .filter((f) => outsideSeasons(f, ctx.season ?? null))
    .sort((a, b) => Number(b.ownSeasons) - Number(a.ownSeasons));
  const temporada = askedSeasons(ctx);
  const f = outside[0];
  if (!f) return { code: 'temporada.adecuada', params: { temporada } };
  return {
    code: 'temporada.fuera',
    params: { ...one(f), temporada, propia: f.ownSeasons ? 1 : 0 },
  };
};

const favoriteReason: ReasonFn = (pieces) => {
  const favs = pieces.map((p) => p.f).filter((f) => f.favorite);
  if (favs.length === 0) return null;
  return { code: 'favorito.incluye', params: { ...one(favs[0]!), favoritas: favs.length } };
};

const REASONS: Readonly<Record<Component, ReasonFn>> = {
  temporada: seasonReason,
  favorito: favoriteReason,
  color: colorReason,
  ocasion: occasionReason,
  clima: weatherReason,
  formalidad: formalityReason,
  estilo: styleReason,
  colores_preferidos: paletteReason,
  confianza: trustReason,
  preferencia_superior: topReason,
  rotacion: rotationReason,
};

function outfitNotes(pieces: Piece[], ctx: ScoreContext, model: ShapeModel): Reason[] {
  const notes: Reason[] = [];
  const at = (slot: SlotName) => pieces.find((p) => p.slot === slot)?.f;
  const base = at('superior');
  const outer = at('superior_secundario');
  if (base && outer) notes.push({ code: 'nota.capas', params: two(base, outer) });
  if (model.shape.body === 'dress') notes.push({ code: 'nota.vestido' });
  if (model.shape.coat && !outerwearReason(ctx.weather)) notes.push({ code: 'nota.abrigo' });
  const hat = at('sombrero');
  if (hat) {
    const t = ctx.weather.temperature;
    const sun = t !== undefined && t >= 24 && !ctx.weather.rain && hat.warmth === 0;
    const cold = t !== undefined && t <= 5 && hat.warmth > 0;
    notes.push({ code: sun ? 'nota.sombrero_sol' : cold ? 'nota.sombrero_frio' : 'nota.sombrero' });
  }
  // Without a day the season part does not score, but a piece the person marked for other
  // seasons that had to come back (nothing else could be made) is worth a caveat.
  if (model.weight.temporada === 0) {
    const f = pieces
      .map((p) => p.f)
      .find((x) => x.ownSeasons && outsideSeasons(x, ctx.season ?? null));
    if (f) {
      notes.push({
        code: 'temporada.fuera',
        params: { ...one(f), temporada: askedSeasons(ctx), propia: 1 },
      });
    }
  }
  // A piece the person's category placed in another role than its class's: say which.
  for (const { f } of pieces) {
    if (f.byCategory) {
      notes.push({
        code: 'nota.categoria',
        params: { ...one(f), categoria: f.byCategory.nombre, rol: f.byCategory.rol },
      });
    }
  }
  return notes;
}

/**
 * What a piece's material did to the weather fit (wool in the cold, linen in the heat, and the
 * other way round as caveats), with the points it moved: the weather part's coefficient for the
 * slot times the fit with the material less the fit without it.
 */
function materialNotes(
  pieces: Piece[],
  ctx: ScoreContext,
  model: ShapeModel,
): { reason: Reason; delta: number }[] {
  const t = ctx.weather.temperature;
  if (t === undefined || model.weight.clima === 0) return [];
  const out: { reason: Reason; delta: number }[] = [];
  for (const { slot, f } of pieces) {
    if (!f.material || f.warmth === f.warmthWithoutMaterial) continue;
    const coef = model.unary.get(slot)?.find((p) => p.k === 'clima')?.coef ?? 0;
    const without = { ...f, warmth: f.warmthWithoutMaterial };
    const moved =
      coef *
      (unaryValue('clima', f, ctx, model.shape) - unaryValue('clima', without, ctx, model.shape));
    if (Math.abs(moved) < 0.05) continue;
    const warmer = f.warmth > f.warmthWithoutMaterial;
    const code: ReasonCode = warmer
      ? moved > 0
        ? 'material.abriga'
        : 'material.calor'
      : moved > 0
        ? 'material.fresco'
        : 'material.frio';
    out.push({
      reason: { code, params: { ...one(f), material: f.material, temperatura: t } },
      delta: round1(moved),
    });
  }
  return out;
}
