/**
 * Where the flat-lay names its garments: in the free column right of them (flat-lay.ts leaves
 * x ≥ 0.69 empty below the hat), each label at its garment's height (the hat's under the hat),
 * top to bottom as the garments lie, pushed apart so none overlaps. Shared by the web collage and
 * the server's PNG, in units of the canvas (0..1) like flatLayout.
 */
import { everySlot, type SlotName } from '../outfit-slots.ts';
import type { FlatLayBox } from './flat-lay.ts';

/** Left edge of the label column. */
export const LABEL_COLUMN_X = 0.69;
/** A two-line label with the gap below it (80 px of the PNG's 1200). */
export const LABEL_HEIGHT = 1 / 15;

/** Top to bottom as the garments lie, so the stacked labels keep their order. */
const LABEL_ORDER = everySlot([
  'sombrero',
  'abrigo',
  'superior_secundario',
  'superior',
  'vestido',
  'inferior',
  'zapatos',
]);

export interface FlatLayLabel {
  slot: SlotName;
  /** Top of the label, as a share of the canvas height. */
  y: number;
}

/**
 * The labels' tops for these boxes, listed top to bottom: `height` is one label's height with
 * the gap below it, `bottom` the lowest a label may end (both as shares of the canvas height).
 */
export function flatLayLabels(
  boxes: readonly FlatLayBox[],
  height: number,
  bottom: number,
): FlatLayLabel[] {
  const ordered = [...boxes].sort(
    (a, b) => LABEL_ORDER.indexOf(a.slot) - LABEL_ORDER.indexOf(b.slot),
  );
  // Each wants its garment's middle (the hat fills the column's top, so its label goes under
  // it), then labels are pushed down clear of the one above and back up clear of the foot.
  const tops = ordered.map((b) =>
    b.slot === 'sombrero' ? b.y + b.height + 0.01 : b.y + b.height / 2 - height / 2,
  );
  for (let i = 1; i < tops.length; i++) tops[i] = Math.max(tops[i]!, tops[i - 1]! + height);
  for (let i = tops.length - 1; i >= 0; i--) {
    const limit = i === tops.length - 1 ? bottom - height : tops[i + 1]! - height;
    tops[i] = Math.min(tops[i]!, limit);
  }
  return ordered.map((b, i) => ({ slot: b.slot, y: tops[i]! }));
}
