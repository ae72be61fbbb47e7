/**
 * The conversation's request as a whole: later user messages override earlier ones field by
 * field ("for work" … "something different" keeps work), and how many times the person asked
 * for another outfit picks which of the recommender's ranked outfits to show.
 */
import type { Preferences } from '@fashion/core';
import type { ChatMessage } from '../../ports/stylist.ts';
import { readIntent, type StyleIntent } from './intent.ts';

export interface ConversationRequest extends StyleIntent {
  /** 0 for the best outfit, 1 for the second best, … */
  rank: number;
}

export function readConversation(messages: readonly ChatMessage[]): ConversationRequest {
  const users = messages.filter((m) => m.role === 'user').map((m) => readIntent(m.content));
  const last = users[users.length - 1] ?? readIntent('');
  const merged: ConversationRequest = { ...last, colores: [], rank: 0 };
  for (const i of users) {
    if (i.ocasion) merged.ocasion = i.ocasion;
    if (i.temperature !== undefined) merged.temperature = i.temperature;
    if (i.rain) merged.rain = true;
    if (i.colores.length) merged.colores = i.colores;
    if (i.different) merged.rank += 1;
  }
  return merged;
}

/** Parameters for the Generate screen (`GET /api/outfits/recommend`), as the original sends them. */
export type OutfitGeneration = Pick<
  Preferences,
  'colores' | 'incluirVestido' | 'incluirAbrigo' | 'layeredTop' | 'topPreference'
> & { ocasion?: Preferences['ocasion'] };

export function outfitGenerationOf(r: ConversationRequest): OutfitGeneration {
  const cold = r.temperature !== undefined && r.temperature < 12;
  return {
    colores: r.colores,
    ...(r.ocasion ? { ocasion: r.ocasion } : {}),
    incluirVestido: false,
    incluirAbrigo: cold || r.rain === true,
    layeredTop: cold,
    topPreference: 'any',
  };
}
