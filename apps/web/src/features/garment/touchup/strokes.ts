/**
 * The touch-up's mask, pure (no canvas, so it is tested without a browser): the cut-out's alpha
 * is the starting mask, and each brush stroke sets the pixels it covers to keep (255) or drop
 * (0). Strokes are kept as data, so undo is a replay of the base with one stroke fewer.
 */
export type BrushMode = 'keep' | 'erase';

/** A point in mask pixels. */
export interface Point {
  x: number;
  y: number;
}

export interface Stroke {
  mode: BrushMode;
  /** Brush radius in mask pixels. */
  radius: number;
  points: Point[];
}

/** One byte per pixel: 255 keep, 0 drop, anything between a soft edge. */
export interface Mask {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

const VALUE: Record<BrushMode, number> = { keep: 255, erase: 0 };

/** The alpha channel of RGBA pixels (a decoded cut-out) as a mask. */
export function maskFromRgba(rgba: Uint8ClampedArray, width: number, height: number): Mask {
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4 + 3]!;
  return { width, height, data };
}

/** Paints the segment a→b (a round brush dragged along it) into the mask, in place. */
function paintSegment(mask: Mask, a: Point, b: Point, radius: number, value: number): void {
  const { width, height, data } = mask;
  const r2 = radius * radius;
  const x0 = Math.max(0, Math.floor(Math.min(a.x, b.x) - radius));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(a.x, b.x) + radius));
  const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - radius));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(a.y, b.y) + radius));
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  for (let y = y0; y <= y1; y++) {
    const py = y + 0.5;
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5;
      // Distance from the pixel's centre to the nearest point of the segment.
      const t =
        len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / len2));
      const ex = px - (a.x + t * dx);
      const ey = py - (a.y + t * dy);
      if (ex * ex + ey * ey <= r2) data[y * width + x] = value;
    }
  }
}

/** Paints one stroke into the mask, in place (a single point paints a dot). */
export function paintStroke(mask: Mask, stroke: Stroke): void {
  const { points, radius } = stroke;
  const value = VALUE[stroke.mode];
  if (!points.length || radius <= 0) return;
  if (points.length === 1) paintSegment(mask, points[0]!, points[0]!, radius, value);
  for (let i = 1; i < points.length; i++) {
    paintSegment(mask, points[i - 1]!, points[i]!, radius, value);
  }
}

/** The base mask with the strokes painted in order, as a new mask (the base is not changed). */
export function applyStrokes(base: Mask, strokes: readonly Stroke[]): Mask {
  const mask = { ...base, data: new Uint8ClampedArray(base.data) };
  for (const s of strokes) paintStroke(mask, s);
  return mask;
}

/**
 * The mask as opaque grey RGBA (white = keep), what the server reads: `PUT /api/prendas/:id/recorte`
 * takes a PNG of the photo's aspect and turns its grey level into the cut-out's alpha.
 */
export function maskToGreyRgba(mask: Mask): Uint8ClampedArray {
  const out = new Uint8ClampedArray(mask.data.length * 4);
  for (let i = 0; i < mask.data.length; i++) {
    const v = mask.data[i]!;
    out[i * 4] = v;
    out[i * 4 + 1] = v;
    out[i * 4 + 2] = v;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/**
 * The mask as the alpha of black RGBA: drawn under the photo with `source-in`, it shows the
 * garment as the saved cut-out will be.
 */
export function maskToAlphaRgba(mask: Mask): Uint8ClampedArray {
  const out = new Uint8ClampedArray(mask.data.length * 4);
  for (let i = 0; i < mask.data.length; i++) out[i * 4 + 3] = mask.data[i]!;
  return out;
}
