/**
 * The cut-out: the garment on a transparent background as WebP, from the uploaded bytes. The mask
 * is computed on a small decode (JPEG shrink-on-load makes a 12 MP photo cheap to read at work
 * size), upsampled by sharp (linear, so the edge is soft rather than stair-stepped) and joined to
 * the photo as its alpha channel. The cut-out is at most CUTOUT_MAX_SIDE px: it is shown on cards
 * and pages, and the original stays the full-resolution copy (undo = show the original). 1280 px and WebP
 * effort 1 keep a 12 MP photo's cut-out near 300 ms p50 on 2 vCPUs (npm run bench:segment: 291 ms
 * at 1280/effort 1 against 315 ms at 1600/effort 2, most of it resizing and encoding).
 */
import type { CutoutColor } from '@fashion/core';
import { garmentColor, type GarmentColor } from '../color/garment-color.ts';
import { decodeImage, type DecodedImage, type DecodeLimits } from '../decode.ts';
import type { RgbImage } from '../image/rgb.ts';
import { rgbPixels } from '../image/load-rgb.ts';
import type { Mask } from './mask.ts';
import { segmentGarment } from './segment-garment.ts';
import { SEGMENT_WORK_SIDE } from './work-image.ts';
import { webpWithAlpha } from './with-alpha.ts';
import sharp from 'sharp';

export const CUTOUT_MAX_SIDE = 1280;

export interface Cutout {
  /** Transparent WebP of the garment, at most CUTOUT_MAX_SIDE px on its longer side. */
  webp: Buffer;
  width: number;
  height: number;
  /** The mask at work size (1 = garment), for a touch-up brush or the colour step. */
  mask: Mask;
  /** The colour from the garment's own pixels (the mask), as a person would name it. */
  color: GarmentColor;
}

export interface CutoutOptions {
  maxSide: number;
  limits: Partial<DecodeLimits>;
}

export async function cutout(
  bytes: Uint8Array,
  options: Partial<CutoutOptions> = {},
): Promise<Cutout> {
  const maxSide = options.maxSide ?? CUTOUT_MAX_SIDE;
  const decoded = await decodeImage(bytes, options.limits);
  const small = await cutoutWorkImage(decoded);
  const mask = await segmentGarment(small);
  const color = garmentColor(small, { mask });
  const scale = Math.min(1, maxSide / Math.max(decoded.width, decoded.height));
  const width = Math.max(1, Math.round(decoded.width * scale));
  const height = Math.max(1, Math.round(decoded.height * scale));
  const alpha = await sharp(Buffer.from(mask.data.map((v) => v * 255)), {
    raw: { width: mask.width, height: mask.height, channels: 1 },
  })
    .resize(width, height, { fit: 'fill', kernel: 'linear' })
    .extractChannel(0) // a one-band raw input otherwise comes back as three bands
    .raw()
    .toBuffer();
  const webp = await webpWithAlpha(decoded, alpha, width, height);
  return { webp, width, height, mask, color };
}

/** The small copy of the photo that the mask (and the cut-out's colour) is computed on. */
export async function cutoutWorkImage(decoded: DecodedImage): Promise<RgbImage> {
  const fit = { fit: 'inside', withoutEnlargement: true } as const;
  return rgbPixels(decoded.image.clone().resize(SEGMENT_WORK_SIDE, SEGMENT_WORK_SIDE, fit));
}

const PATTERNS = { stripes: 'rayas', checks: 'cuadros' } as const;

/** The wire form of a cut-out's colour (Spanish names, DESIGN §4; core's CutoutColorSchema). */
export function cutoutColorFields(c: GarmentColor): CutoutColor {
  return {
    color: c.color,
    color_hex: c.hex,
    color_proporcion: Math.round((c.groups[0]?.share ?? 1) * 1000) / 1000,
    colores_secundarios: c.secondary.map((g) => ({
      color: g.name,
      hex: g.hex,
      proporcion: Math.round(g.share * 1000) / 1000,
    })),
    ...(c.pattern ? { estampado_sugerido: PATTERNS[c.pattern] } : {}),
  };
}
