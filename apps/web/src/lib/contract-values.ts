/**
 * Two values of @fashion/core's contracts.ts, repeated here so that the browser bundle does not
 * pull in zod (contracts.ts builds its schemas at import time). test/contract-values.test.ts
 * checks that they stay equal to core's.
 */
import type { OutfitSlot, Preferences } from '@fashion/core';

export const OUTFIT_SLOTS = [
  'superior_id',
  'superior_secundario_id',
  'inferior_id',
  'vestido_id',
  'zapatos_id',
  'abrigo_id',
  'sombrero_id',
] as const satisfies readonly OutfitSlot[];

export const DEFAULT_PREFERENCES: Preferences = {
  colores: [],
  ocasion: 'casual',
  estilo: 'minimalista',
  incluirVestido: false,
  incluirAbrigo: false,
  layeredTop: false,
  topPreference: 'any',
  moneda: 'EUR',
};
