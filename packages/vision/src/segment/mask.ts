/** A binary garment mask: 1 = garment, 0 = background, row-major, one byte a pixel. */
export interface Mask {
  width: number;
  height: number;
  data: Uint8Array;
}

/** 4-connected components of the pixels equal to `value`; labels start at 1. */
function components(mask: Mask, value: number): { labels: Int32Array; sizes: number[] } {
  const { width, height, data } = mask;
  const n = width * height;
  const labels = new Int32Array(n);
  const sizes = [0];
  const stack = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (data[s] !== value || labels[s]) continue;
    const label = sizes.length;
    let size = 0;
    let top = 0;
    stack[top++] = s;
    labels[s] = label;
    while (top > 0) {
      const p = stack[--top]!;
      size++;
      const x = p % width;
      const neighbours = [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width];
      for (const q of neighbours) {
        if (q < 0 || q >= n || labels[q] || data[q] !== value) continue;
        labels[q] = label;
        stack[top++] = q;
      }
    }
    sizes.push(size);
  }
  return { labels, sizes };
}

/**
 * Keeps the garment pieces that matter: components of at least `minShare` of the largest one
 * (a pair of shoes is two pieces), and fills background holes that do not touch the frame and
 * are smaller than `maxHoleShare` of the image (a logo the colour model mistook for background;
 * the gap between trouser legs is usually open to the frame or large, and stays).
 */
export function cleanMask(mask: Mask, minShare = 0.15, maxHoleShare = 0.02): Mask {
  const { width, height } = mask;
  const n = width * height;
  const fg = components(mask, 1);
  const largest = Math.max(0, ...fg.sizes.slice(1));
  const data = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const l = fg.labels[i]!;
    if (l && fg.sizes[l]! >= minShare * largest) data[i] = 1;
  }
  const bg = components({ width, height, data }, 0);
  const touches = new Uint8Array(bg.sizes.length);
  for (let x = 0; x < width; x++) {
    touches[bg.labels[x]!] = 1;
    touches[bg.labels[(height - 1) * width + x]!] = 1;
  }
  for (let y = 0; y < height; y++) {
    touches[bg.labels[y * width]!] = 1;
    touches[bg.labels[y * width + width - 1]!] = 1;
  }
  for (let i = 0; i < n; i++) {
    const l = bg.labels[i]!;
    if (l && !touches[l] && bg.sizes[l]! < maxHoleShare * n) data[i] = 1;
  }
  return { width, height, data };
}

/** Share of the pixels that are garment. */
export function maskArea(mask: Mask): number {
  let s = 0;
  for (const v of mask.data) s += v;
  return s / mask.data.length;
}
