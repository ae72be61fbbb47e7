/**
 * The flat-lay of an outfit, as a pure layout shared by the web collage and the server's PNG:
 * a box per filled slot in units of the canvas (0..1), listed in drawing order. Outerwear lies
 * behind the top, the top over the bottom, shoes at the bottom, the hat (accessory) at the side.
 * Each box is the room a cut-out is fitted into (contain), so garments keep their proportions.
 */
import type { SlotName } from '../outfit-slots.ts';

export interface FlatLayBox {
  slot: SlotName;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each slot goes on a 3:4 canvas, in drawing order (first = furthest back). */
const BOXES: readonly FlatLayBox[] = [
  { slot: 'abrigo', x: 0.04, y: 0.03, width: 0.62, height: 0.5 },
  { slot: 'vestido', x: 0.12, y: 0.06, width: 0.46, height: 0.72 },
  { slot: 'inferior', x: 0.15, y: 0.42, width: 0.42, height: 0.38 },
  { slot: 'superior_secundario', x: 0.1, y: 0.07, width: 0.5, height: 0.4 },
  { slot: 'superior', x: 0.16, y: 0.1, width: 0.42, height: 0.36 },
  { slot: 'zapatos', x: 0.14, y: 0.81, width: 0.44, height: 0.17 },
  { slot: 'sombrero', x: 0.7, y: 0.05, width: 0.27, height: 0.22 },
];

/** The boxes of the slots the outfit fills, back to front. */
export function flatLayout(filled: Iterable<SlotName>): FlatLayBox[] {
  const slots = new Set(filled);
  return BOXES.filter((b) => slots.has(b.slot)).map((b) => ({ ...b }));
}
