/**
 * Recomputes an outfit's score part by part (the same sums the search adds up) and says in
 * words why each part gave or took points.
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
import { PIECE_NAME, SLOT_WEIGHT, type SlotName } from './slots.ts';
import type { Breakdown, Explanation } from './types.ts';
import { outerwearReason, weatherFit } from './weather.ts';
import { COMPONENTS, PAIR_SHARE, type Component } from './weights.ts';
import { ESTILO_FIT_TEXT, OCASION_TEXT, capital, listText, pieceLabel } from './wording.ts';

export interface Scored {
  puntuacion: number;
  breakdown: Breakdown;
  detalles: Explanation[];
}

type Piece = { slot: SlotName; f: GarmentFeatures };
type Reason = Omit<Explanation, 'delta'>;

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
  const reasons: Explanation[] = [];
  for (const k of COMPONENTS) {
    const v = values[k];
    if (v === undefined) continue;
    const w = model.weight[k];
    breakdown[k] = { valor: round3(v), peso: round1(w), puntos: round1(w * v) };
    reasons.push({ ...REASONS[k](pieces, ctx, model, v), delta: round1(w * (v - 0.5)) });
  }
  reasons.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const notes = outfitNotes(pieces, ctx, model).map((n) => ({ ...n, delta: 0 }));
  return {
    puntuacion: Math.min(100, Math.max(0, round1(total))),
    breakdown,
    detalles: [...reasons, ...notes],
  };
}

/** "más formal" / "más formales" (the shoes are plural). */
const more = (f: GarmentFeatures, word: string) =>
  PIECE_NAME[f.cls].article === 'los' ? `más ${word}es` : `más ${word}`;

type ReasonFn = (pieces: Piece[], ctx: ScoreContext, model: ShapeModel, value: number) => Reason;

const colorReason: ReasonFn = (pieces): Reason => {
  let worst: { a: GarmentFeatures; b: GarmentFeatures; v: number } | null = null;
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i]!.f;
      const b = pieces[j]!.f;
      const v = colorHarmony(a, b);
      if (!worst || v < worst.v) worst = { a, b, v };
    }
  }
  if (worst && worst.v < CLASH_BELOW) {
    return {
      code: 'color.choque',
      text: `${capital(pieceLabel(worst.a))} choca con ${pieceLabel(worst.b)}.`,
      params: {
        a: worst.a.colorName,
        b: worst.b.colorName,
        prendaA: worst.a.cls,
        prendaB: worst.b.cls,
      },
    };
  }
  const chromatic = pieces.map((p) => p.f).filter((f) => !f.neutral && !f.multicolor);
  if (pieces.some((p) => p.f.multicolor)) {
    return chromatic.length === 0
      ? { code: 'color.estampado', text: 'Un estampado multicolor entre piezas neutras.' }
      : {
          code: 'color.estampado_arriesgado',
          text: 'Estampado multicolor junto a otros colores: arriesgado.',
        };
  }
  if (chromatic.length === 0) {
    const names = [...new Set(pieces.map((p) => p.f.colorName))];
    return {
      code: 'color.neutros',
      text: `Todo en tonos neutros (${listText(names)}): combinan sin riesgo.`,
      params: { colores: names.join(',') },
    };
  }
  const [c1, c2] = chromatic;
  if (!c2) {
    return {
      code: 'color.acento',
      text: `Un toque de color sobre neutros: ${pieceLabel(c1!)}.`,
      params: { color: c1!.colorName, prenda: c1!.cls },
    };
  }
  const params = { a: c1!.colorName, b: c2.colorName };
  const pair =
    c1!.colorName === c2.colorName ? c1!.colorName : `${c1!.colorName} y ${c2.colorName}`;
  switch (colorScheme(c1!, c2)) {
    case 'monochrome':
      return { code: 'color.monocromo', text: `Conjunto monocromo: ${pair}.`, params };
    case 'analogous':
      return { code: 'color.analogos', text: `Colores análogos que armonizan: ${pair}.`, params };
    case 'complementary':
      return {
        code: 'color.complementarios',
        text: `Colores complementarios que se equilibran: ${pair}.`,
        params,
      };
    default:
      return { code: 'color.contraste', text: `Contraste marcado entre ${pair}.`, params };
  }
};

const formalityReason: ReasonFn = (pieces) => {
  let hi = pieces[0]!.f;
  let lo = pieces[0]!.f;
  for (const { f } of pieces) {
    if (f.formality > hi.formality) hi = f;
    if (f.formality < lo.formality) lo = f;
  }
  if (formalityCoherence(hi.formality, lo.formality) >= 0.6) {
    return {
      code: 'formalidad.coherente',
      text: 'Todas las piezas tienen un nivel de formalidad parecido.',
    };
  }
  return {
    code: 'formalidad.mezcla',
    text: `Mezcla ${pieceLabel(hi)}, ${more(hi, 'formal')}, con ${pieceLabel(lo)}, ${more(lo, 'informal')}.`,
    params: { formal: hi.cls, informal: lo.cls },
  };
};

const occasionReason: ReasonFn = (pieces, ctx) => {
  const oc = ctx.prefs.ocasion;
  const tagged = pieces.filter((p) => p.f.tags.includes(oc)).length;
  const params = { ocasion: oc };
  if (tagged === pieces.length) {
    return {
      code: 'ocasion.marcadas',
      text: `Marcaste todas estas prendas para ${OCASION_TEXT[oc]}.`,
      params,
    };
  }
  let worst = pieces[0]!.f;
  let worstFit = Infinity;
  for (const { f } of pieces) {
    const fit = occasionFit(f.formality, f.tags, oc);
    if (fit < worstFit) [worst, worstFit] = [f, fit];
  }
  if (worstFit < 0.5) {
    return {
      code: 'ocasion.desajuste',
      text: `${capital(pieceLabel(worst))} encaja poco para ${OCASION_TEXT[oc]}.`,
      params: { ...params, prenda: worst.cls },
    };
  }
  const note = tagged > 0 ? ` (marcaste ${tagged} para esta ocasión)` : '';
  return {
    code: 'ocasion.adecuada',
    text: `Prendas adecuadas para ${OCASION_TEXT[oc]}${note}.`,
    params,
  };
};

const weatherReason: ReasonFn = (pieces, ctx, model) => {
  const w = ctx.weather;
  const t = w.temperature;
  const params: Record<string, number | string> = {};
  if (t !== undefined) params.temperatura = t;
  if (w.rain) params.lluvia = 'true';
  const when =
    t !== undefined ? `${t} °C${w.rain ? ' y lluvia' : ''}` : w.rain ? 'la lluvia' : 'el tiempo';
  const reason = outerwearReason(w);
  if (reason && model.shape.coat) {
    return {
      code: 'clima.abrigo',
      text:
        reason === 'cold'
          ? `Hace ${t} °C${w.rain ? ' y llueve' : ''}: lleva abrigo.`
          : 'Llueve: lleva abrigo.',
      params,
    };
  }
  if (reason) {
    return {
      code: 'clima.sin_abrigo',
      text: `${reason === 'cold' ? `Hace ${t} °C` : 'Llueve'} y no tienes abrigo en el armario: añade uno.`,
      params,
    };
  }
  const covered = model.shape.layer || model.shape.coat;
  let worst = pieces[0]!.f;
  let worstFit = Infinity;
  for (const { f } of pieces) {
    const fit = weatherFit(f, w, covered);
    if (fit < worstFit) [worst, worstFit] = [f, fit];
  }
  if (worstFit < 0.5) {
    return {
      code: 'clima.desajuste',
      text: `${capital(pieceLabel(worst))} no es lo ideal con ${when}.`,
      params: { ...params, prenda: worst.cls },
    };
  }
  if (t !== undefined && t >= 24) {
    return { code: 'clima.calor', text: `Prendas ligeras para ${t} °C.`, params };
  }
  return { code: 'clima.adecuado', text: `Prendas adecuadas para ${when}.`, params };
};

const styleReason: ReasonFn = (_pieces, ctx, _model, value) => {
  const estilo = ctx.prefs.estilo;
  return value >= 0.6
    ? { code: 'estilo.encaja', text: ESTILO_FIT_TEXT[estilo], params: { estilo } }
    : { code: 'estilo.se_aleja', text: `Se aleja de tu estilo ${estilo}.`, params: { estilo } };
};

const paletteReason: ReasonFn = (pieces, ctx) => {
  const matched = [
    ...new Set(
      pieces.filter((p) => preferredColorFit(p.f, ctx.palette) >= 0.9).map((p) => p.f.colorName),
    ),
  ];
  if (matched.length > 0) {
    return {
      code: 'preferidos.incluye',
      text: `Incluye tus colores preferidos: ${listText(matched)}.`,
      params: { colores: matched.join(',') },
    };
  }
  const wanted = [...ctx.palette.names];
  return {
    code: 'preferidos.ninguno',
    text: `No lleva ninguno de tus colores preferidos (${listText(wanted)}).`,
    params: { colores: wanted.join(',') },
  };
};

const trustReason: ReasonFn = (pieces) => {
  const doubtful = pieces.map((p) => p.f).filter((f) => f.trust < 0.6);
  if (doubtful.length === 0) {
    return {
      code: 'confianza.ok',
      text: 'Todas las prendas están confirmadas o clasificadas con seguridad.',
    };
  }
  const f = doubtful[0]!;
  const pct = Math.round(f.garment.confianza * 100);
  const params = { confianza: pct, prendas: doubtful.length, prenda: f.cls };
  return doubtful.length < pieces.length / 2
    ? {
        code: 'confianza.dudosa',
        text: `Casi todo confirmado, salvo ${pieceLabel(f)} (el modelo está seguro al ${pct} %), que pesa menos.`,
        params,
      }
    : {
        code: 'confianza.dudosa',
        text: `Sin confirmar: ${pieceLabel(f)} (el modelo está seguro al ${pct} %), por eso pesa menos.`,
        params,
      };
};

const TOP_NAME = { 'T-shirt': 'camiseta', Shirt: 'camisa', Longsleeve: 'manga larga' } as const;

const topReason: ReasonFn = (pieces, ctx) => {
  const pref = ctx.prefs.topPreference;
  if (pref === 'any') return { code: 'superior.cualquiera', text: '' };
  const name = TOP_NAME[pref];
  const has = pieces.some(
    (p) => (p.slot === 'superior' || p.slot === 'superior_secundario') && p.f.cls === pref,
  );
  return has
    ? {
        code: 'superior.preferida',
        text: `Lleva tu parte de arriba preferida (${name}).`,
        params: { preferencia: pref },
      }
    : {
        code: 'superior.otra',
        text: `Sin tu parte de arriba preferida (${name}): otra encajaba mejor.`,
        params: { preferencia: pref },
      };
};

const rotationReason: ReasonFn = (pieces, ctx) => {
  const worn = pieces.map((p) => p.f).filter((f) => ctx.recent?.has(f.id));
  return worn.length > 0
    ? {
        code: 'rotacion.repite',
        text: `Repite ${listText(worn.map(pieceLabel))}, que llevaste hace poco.`,
        params: { prendas: worn.map((f) => f.cls).join(',') },
      }
    : { code: 'rotacion.nuevas', text: 'Ninguna prenda repetida de los últimos días.' };
};

const REASONS: Readonly<Record<Component, ReasonFn>> = {
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
  if (base && outer) {
    notes.push({
      code: 'nota.capas',
      text: `Por capas: ${pieceLabel(base)} debajo y ${pieceLabel(outer)} encima.`,
      params: { debajo: base.cls, encima: outer.cls },
    });
  }
  if (model.shape.body === 'dress') {
    notes.push({
      code: 'nota.vestido',
      text: 'Un vestido en lugar de parte de arriba y de abajo.',
    });
  }
  if (model.shape.coat && !outerwearReason(ctx.weather)) {
    notes.push({ code: 'nota.abrigo', text: 'Con abrigo, como pediste.' });
  }
  if (at('sombrero')) {
    const t = ctx.weather.temperature;
    const sun = t !== undefined && t >= 24 && !ctx.weather.rain;
    const cold = t !== undefined && t <= 5;
    notes.push(
      sun
        ? { code: 'nota.sombrero_sol', text: 'El sombrero protege del sol.' }
        : cold
          ? { code: 'nota.sombrero_frio', text: 'El sombrero abriga.' }
          : { code: 'nota.sombrero', text: 'El sombrero completa el conjunto.' },
    );
  }
  return notes;
}
