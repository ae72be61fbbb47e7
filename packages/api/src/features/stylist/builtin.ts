/**
 * The built-in stylist (no LLM configured): the recommender picks the outfit for what the
 * conversation asks, and the reply names the garments and gives the recommender's reasons.
 */
import {
  WardrobeIncompleteError,
  everySlot,
  type Garment,
  type RecommendedOutfit,
} from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import type { ChatMessage } from '../../ports/stylist.ts';
import { recommendService } from '../recommend/service.ts';
import { outfitGenerationOf, readConversation, type OutfitGeneration } from './conversation.ts';
import { garmentName, list, ocasionName } from './wording.ts';
import type { Lang } from './intent.ts';

export interface ChatAnswer {
  reply: string;
  outfitGeneration?: OutfitGeneration;
  /** The outfit the reply describes, with its garments (for clients that show it at once). */
  outfit?: RecommendedOutfit<Garment>;
}

/** The order a reply names the pieces in: outermost first, the hat last. */
const SLOT_ORDER = everySlot([
  'abrigo',
  'superior',
  'superior_secundario',
  'vestido',
  'inferior',
  'zapatos',
  'sombrero',
]);

function weatherText(
  temperature: number | undefined,
  rain: boolean | undefined,
  lang: Lang,
): string {
  const parts: string[] = [];
  if (temperature !== undefined) {
    const feel =
      temperature < 12
        ? ['a cold day', 'un día frío']
        : temperature > 24
          ? ['a hot day', 'un día de calor']
          : ['a mild day', 'un día templado'];
    parts.push(feel[lang === 'en' ? 0 : 1]!);
  }
  if (rain) parts.push(lang === 'en' ? 'rain' : 'lluvia');
  return parts.length ? ` (${list(parts, lang)})` : '';
}

export function describeOutfit(o: RecommendedOutfit<Garment>, lang: Lang, intro: string): string {
  const pieces = SLOT_ORDER.map((s) => o.prendas[s]).filter((g): g is Garment => g !== undefined);
  const names = list(
    pieces.map((g) => garmentName(g, lang)),
    lang,
  );
  // The reasons' sentences (explicaciones) are Spanish: an English reply leaves them to the
  // client, which words the outfit's reason codes (detalles) in its own language.
  const why = o.explicaciones.slice(0, 3).join(' ');
  return lang === 'en'
    ? `${intro}: ${names}. Score ${o.puntuacion}/100.`
    : `${intro}: ${names}. Puntuación ${o.puntuacion}/100.${why ? ` Por qué: ${why}` : ''}`;
}

export async function builtinChat(
  ctx: AppContext,
  userId: string,
  messages: readonly ChatMessage[],
): Promise<ChatAnswer> {
  const req = readConversation(messages);
  const lang = req.lang;
  try {
    const recommend = recommendService(ctx);
    // "Something different" n times: the n-th pick, each excluding the ones shown before it
    // (the recommender keeps its answers diverse, so limit alone would not reach them).
    const shown: string[] = [];
    let outfit: RecommendedOutfit<Garment> | undefined;
    let ran = false;
    for (let i = 0; i <= Math.min(req.rank, 20); i++) {
      let next: RecommendedOutfit<Garment> | undefined;
      try {
        const { outfits } = await recommend.recommend(userId, {
          ...(req.ocasion ? { ocasion: req.ocasion } : {}),
          colores: req.colores.length ? req.colores : undefined,
          exclude: shown.length ? [...shown] : undefined,
          ...(req.temperature !== undefined ? { temperature: req.temperature } : {}),
          ...(req.rain ? { rain: true } : {}),
          limit: 1,
        });
        next = outfits[0];
      } catch (err) {
        if (i === 0 || !(err instanceof WardrobeIncompleteError)) throw err;
      }
      if (!next) {
        ran = true;
        break;
      }
      outfit = next;
      shown.push(next.key);
    }
    if (!outfit) throw new WardrobeIncompleteError([]);
    const occasion = ocasionName(req.ocasion ?? outfit.ocasion, lang);
    const intro =
      lang === 'en'
        ? `${req.rank > 0 && !ran ? 'Something different' : 'My pick'} for ${occasion}${weatherText(req.temperature, req.rain, lang)}`
        : `${req.rank > 0 && !ran ? 'Algo diferente' : 'Mi propuesta'} para ${occasion}${weatherText(req.temperature, req.rain, lang)}`;
    let reply = describeOutfit(outfit, lang, intro);
    if (ran) {
      reply +=
        lang === 'en'
          ? ' Your wardrobe has no other combination for this yet.'
          : ' Tu armario aún no tiene otra combinación para esto.';
    }
    return { reply, outfitGeneration: outfitGenerationOf(req), outfit };
  } catch (err) {
    if (!(err instanceof WardrobeIncompleteError)) throw err;
    const reply =
      lang === 'en'
        ? `I can't put an outfit together yet: ${err.message}. Add those garments and ask me again.`
        : `Todavía no puedo montar un conjunto: ${err.message}. Añade esas prendas y vuelve a preguntarme.`;
    return { reply };
  }
}
