/**
 * The built-in mirror (no LLM configured): the classifier says what the camera sees (garment,
 * colour), and the recommender judges what in the caller's wardrobe goes with it. The answer has
 * the original clients' shape (`analysis`, `new_detected_items`); the parts only a vision LLM
 * could judge (fit, silhouette) say so instead of inventing an opinion.
 */
import {
  NEUTRAL_COLORS,
  WardrobeIncompleteError,
  recommendOutfits,
  resolvePreferences,
  type Classification,
  type Garment,
  type RecommendedOutfit,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { classifyService } from '../classify/service.ts';
import { describeOutfit } from './builtin.ts';
import type { StyleIntent } from './intent.ts';
import { classNameIn, colorName, garmentName, ocasionName } from './wording.ts';

/** Id of the garment seen in the frame while the recommender judges it (never stored). */
const SEEN_ID = 'f'.repeat(24);

export interface MirrorAnswer {
  analysis: {
    style_identity: string;
    silhouette_balance: string;
    color_analysis: { palette_type: string; contrast_level: string; harmony_score: number };
    fit_evaluation: string;
    occasion_alignment: string;
    seasonal_match: string;
    overall_score: number;
    confidence_score: number;
    expert_feedback: string;
    upgrade_suggestions: string[];
  };
  new_detected_items: {
    name: string;
    category: string;
    primary_color: string;
    style_category: string;
    recommend_add_to_database: boolean;
  }[];
  /** What the classifier said about the frame (our addition; the original clients ignore it). */
  classification?: Classification;
  /** The recommender's reasons as codes, for clients that word them in their language (ours). */
  reasons?: RecommendedOutfit<Garment>['detalles'];
}

export function judgeSeenGarment(
  wardrobe: readonly Garment[],
  seen: Classification,
  intent: StyleIntent,
): MirrorAnswer {
  const lang = intent.lang;
  const en = lang === 'en';
  const garment: Garment = {
    _id: SEEN_ID,
    userId: '',
    imagen_url: '',
    tipo: seen.tipo,
    clase_nombre: seen.clase_nombre,
    color: seen.color,
    confianza: seen.confianza,
    confirmado: true,
    ocasion: [],
    fecha_agregada: new Date(0).toISOString(),
  };
  const seenName = en
    ? `a ${colorName(seen.color, lang)} ${classNameIn(seen.clase_nombre, lang)}`
    : `${classNameIn(seen.clase_nombre, lang)} ${seen.color}`;
  const neutral = NEUTRAL_COLORS.includes(seen.color);
  let best: RecommendedOutfit<Garment> | undefined;
  let missing = '';
  try {
    const prefs = resolvePreferences(intent.ocasion ? { ocasion: intent.ocasion } : {});
    // The seen garment takes its slot: the wardrobe's garments of the same type step aside.
    const others = wardrobe.filter((g) => g.tipo !== seen.tipo);
    best = recommendOutfits([...others, garment], prefs, {
      temperature: intent.temperature,
      rain: intent.rain,
      limit: 20,
    }).find((o) => Object.values(o.prendas).some((g) => g?._id === SEEN_ID));
  } catch (err) {
    if (!(err instanceof WardrobeIncompleteError)) throw err;
    missing = err.message;
  }
  const occasion = ocasionName(intent.ocasion ?? best?.ocasion ?? 'casual', lang);
  const seenLine = en
    ? `The camera sees ${seenName} (${Math.round(seen.confianza * 100)} % sure).`
    : `La cámara ve ${seenName} (${Math.round(seen.confianza * 100)} % de seguridad).`;
  let feedback: string;
  if (best) {
    const others = Object.values(best.prendas).filter(
      (g): g is Garment => !!g && g._id !== SEEN_ID,
    );
    const intro = en
      ? `From your wardrobe, for ${occasion} it goes best with ${others.map((g) => garmentName(g, lang)).join(', ')}`
      : `De tu armario, para ${occasion} combina mejor con ${others.map((g) => garmentName(g, lang)).join(', ')}`;
    feedback = `${seenLine} ${describeOutfit({ ...best, prendas: {} }, lang, intro).replace(/: \./, '.')}`;
  } else {
    feedback = `${seenLine} ${
      en
        ? `Your wardrobe cannot complete an outfit around it yet${missing ? `: ${missing}` : ''}.`
        : `Tu armario aún no completa un conjunto con esta prenda${missing ? `: ${missing}` : ''}.`
    }`;
  }
  const owned = wardrobe.some(
    (g) => g.clase_nombre === seen.clase_nombre && g.color === seen.color,
  );
  const notJudged = en
    ? 'Not judged without a vision language model (set LLM_BASE_URL and LLM_VISION_MODEL).'
    : 'Sin modelo de visión no se evalúa (configura LLM_BASE_URL y LLM_VISION_MODEL).';
  return {
    analysis: {
      style_identity: seenName,
      silhouette_balance: notJudged,
      color_analysis: {
        palette_type: neutral
          ? en
            ? 'neutral'
            : 'neutra'
          : en
            ? 'colour accent'
            : 'acento de color',
        contrast_level: best ? (en ? 'see the reasons' : 'ver motivos') : '',
        harmony_score: best
          ? Math.round((best.breakdown.color?.valor ?? best.puntuacion / 100) * 100)
          : 0,
      },
      fit_evaluation: notJudged,
      occasion_alignment: best ? (en ? `Works for ${occasion}.` : `Sirve para ${occasion}.`) : '',
      seasonal_match: intent.temperature !== undefined ? `${intent.temperature} °C` : '',
      overall_score: best?.puntuacion ?? 0,
      confidence_score: Math.round(seen.confianza * 100),
      expert_feedback: feedback,
      upgrade_suggestions: best ? best.explicaciones.slice(0, 4) : [],
    },
    new_detected_items: [
      {
        name: seenName,
        category: seen.tipo,
        primary_color: seen.color,
        style_category: intent.ocasion ?? best?.ocasion ?? 'casual',
        recommend_add_to_database: !owned,
      },
    ],
    classification: seen,
    ...(best ? { reasons: best.detalles } : {}),
  };
}

export async function builtinMirror(
  ctx: AppContext,
  userId: string,
  frame: Uint8Array,
  intent: StyleIntent,
): Promise<MirrorAnswer> {
  const [seen, wardrobe] = await Promise.all([
    // Decoded and checked like any upload before the model sees it.
    classifyService(ctx).classify(frame, 'vit'),
    ctx.store.garments.list(userId, { estado: 'activa' }),
  ]);
  return judgeSeenGarment(wardrobe, seen, intent);
}
