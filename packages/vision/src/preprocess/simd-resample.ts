/**
 * The two passes of the Pillow resample (pil-resize.ts) as a tiny WebAssembly SIMD kernel: plain
 * JavaScript runs them 4–6 times slower (600×450 → 160: 3.5 ms vs 0.54; the colour step's
 * 160 → 96 box: 0.35 vs 0.08). Camera photos no longer come here (load-model-input.ts shrinks them
 * while decoding); dataset-sized photos, PNGs and the colour step's work image still do. Four lanes are accumulated at once in an i32x4 (one
 * pixel's R, G, B and a spare lane horizontally; four bytes of a row vertically) with the same
 * 22-bit fixed-point weights, rounding bias and clipping, so the bytes are identical to the
 * JavaScript passes (the tests compare both with Pillow).
 *
 * The module is assembled here from opcodes (no toolchain needed), a few hundred bytes:
 *   h(src, srcStride, rows, outW, first, count, weights, taps, out)
 *   v(src, stride, outH, first, count, weights, taps, rowOffset, out)
 * with byte offsets into its exported memory; `first`/`count`/`weights` are i32 arrays.
 */

// ------------------------------------------------------------------ a minimal wasm assembler

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (s: string) => vec([...s].map((c) => [c.charCodeAt(0)]));

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  i32: (n: number) => [0x41, ...sleb(n)],
  add: [0x6a],
  mul: [0x6c],
  geU: [0x4f],
  load: [0x28, 0x02, 0x00], // i32.load align=4 offset=0
  store: [0x36, 0x00, 0x00], // i32.store (unaligned)
  sub: [0x6b],
  store8: (offset: number) => [0x3a, 0x00, ...uleb(offset)],
  simd: (code: number, ...imm: number[]) => [0xfd, ...uleb(code), ...imm],
};
const SIMD = {
  load32Zero: op.simd(0x5c, 0x00, 0x00), // v128.load32_zero (unaligned)
  load32Splat: op.simd(0x09, 0x00, 0x00), // v128.load32_splat
  widen8to16: op.simd(0x89), // i16x8.extend_low_i8x16_u
  widen16to32: op.simd(0xa9), // i32x4.extend_low_i16x8_u
  splat: op.simd(0x11), // i32x4.splat
  add: op.simd(0xae), // i32x4.add
  mul: op.simd(0xb5), // i32x4.mul
  shrS: op.simd(0xac), // i32x4.shr_s
  minS: op.simd(0xb6), // i32x4.min_s
  maxS: op.simd(0xb8), // i32x4.max_s
  lane: (i: number) => op.simd(0x1b, i), // i32x4.extract_lane
  narrow32to16: op.simd(0x86), // i16x8.narrow_i32x4_u
  narrow16to8: op.simd(0x66), // i8x16.narrow_i16x8_u
};

// Parameters 0..8, then locals.
const [SRC, STRIDE, ROWS, OUT_W, FIRST, COUNT, WEIGHTS, TAPS, OUT] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const [Y, XX, P, K, END, O, ROW, ACC] = [9, 10, 11, 12, 13, 14, 15, 16];
const HALF = 1 << 21;
const PRECISION_BITS = 22;

// Instruction groups both passes use.
/** The address of the i32 `base[index]`. */
const at = (base: number, index: number) => [
  ...[...op.get(base), ...op.get(index)],
  ...[...op.i32(4), ...op.mul, ...op.add],
];
/** acc += the 4 bytes at p (widened to i32 lanes) × the i32 weight at k. */
const multiplyAdd = (acc: number, p: number, k: number) => [
  ...op.get(acc),
  ...[...op.get(p), ...SIMD.load32Zero, ...SIMD.widen8to16, ...SIMD.widen16to32],
  ...[...op.get(k), ...SIMD.load32Splat],
  ...[...SIMD.mul, ...SIMD.add, ...op.set(acc)],
];
/** acc = clip8(acc): (acc >> 22) clamped to [0, 255] equals Pillow's clip8 for every int32 input. */
const clip8 = (acc: number) => [
  ...[...op.get(acc), ...op.i32(PRECISION_BITS), ...SIMD.shrS],
  ...[...op.i32(0), ...SIMD.splat, ...SIMD.maxS],
  ...[...op.i32(255), ...SIMD.splat, ...SIMD.minS],
  ...op.set(acc),
];

function kernelBody(): number[] {
  // One instruction group per line, as a WAT listing would read.
  // prettier-ignore
  return [
    ...op.get(OUT), ...op.set(O),
    ...op.i32(0), ...op.set(Y),
    ...op.block, ...op.loop, // rows
    ...op.get(Y), ...op.get(ROWS), ...op.geU, ...op.brIf(1),
    ...op.get(SRC), ...op.get(Y), ...op.get(STRIDE), ...op.mul, ...op.add, ...op.set(ROW),
    ...op.i32(0), ...op.set(XX),
    ...op.block, ...op.loop, // output pixels
    ...op.get(XX), ...op.get(OUT_W), ...op.geU, ...op.brIf(1),
    // p = row + first[xx] * 3; end = p + count[xx] * 3; k = weights + xx * taps * 4
    ...op.get(ROW), ...at(FIRST, XX), ...op.load, ...op.i32(3), ...op.mul, ...op.add, ...op.set(P),
    ...op.get(P), ...at(COUNT, XX), ...op.load, ...op.i32(3), ...op.mul, ...op.add, ...op.set(END),
    ...op.get(WEIGHTS), ...op.get(XX), ...op.get(TAPS), ...op.mul, ...op.i32(4), ...op.mul, ...op.add,
    ...op.set(K),
    ...op.i32(HALF), ...SIMD.splat, ...op.set(ACC),
    ...op.block, ...op.loop, // taps: acc += [r, g, b, _] * weight
    ...op.get(P), ...op.get(END), ...op.geU, ...op.brIf(1),
    ...multiplyAdd(ACC, P, K),
    ...op.get(P), ...op.i32(3), ...op.add, ...op.set(P),
    ...op.get(K), ...op.i32(4), ...op.add, ...op.set(K),
    ...op.br(0),
    ...op.end, ...op.end,
    ...clip8(ACC),
    ...op.get(O), ...op.get(ACC), ...SIMD.lane(0), ...op.store8(0),
    ...op.get(O), ...op.get(ACC), ...SIMD.lane(1), ...op.store8(1),
    ...op.get(O), ...op.get(ACC), ...SIMD.lane(2), ...op.store8(2),
    ...op.get(O), ...op.i32(3), ...op.add, ...op.set(O),
    ...op.get(XX), ...op.i32(1), ...op.add, ...op.set(XX),
    ...op.br(0),
    ...op.end, ...op.end,
    ...op.get(Y), ...op.i32(1), ...op.add, ...op.set(Y),
    ...op.br(0),
    ...op.end, ...op.end,
    ...op.end,
  ];
}

// Vertical pass: v(src, stride, outH, first, count, weights, taps, rowOffset, out); 4 bytes of a
// row at a time (whatever channels they are), so a row's last group may spill up to 3 bytes
// into the next row, which is computed afterwards (the buffers carry 4 bytes of padding).
const [VSRC, VSTRIDE, VOUT_H, VFIRST, VCOUNT, VWEIGHTS, VTAPS, VOFFSET, VOUT] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8,
];
const [YY, I, VP, VK, VN, VBASE, VK0, VKEND, VACC] = [9, 10, 11, 12, 13, 14, 15, 16, 17];

function verticalBody(): number[] {
  // prettier-ignore
  return [
    ...op.i32(0), ...op.set(YY),
    ...op.block, ...op.loop, // output rows
    ...op.get(YY), ...op.get(VOUT_H), ...op.geU, ...op.brIf(1),
    // base = src + (first[yy] - rowOffset) * stride; n = count[yy]; k0 = weights + yy * taps * 4
    ...op.get(VSRC), ...at(VFIRST, YY), ...op.load, ...op.get(VOFFSET), ...op.sub,
    ...op.get(VSTRIDE), ...op.mul, ...op.add, ...op.set(VBASE),
    ...at(VCOUNT, YY), ...op.load, ...op.set(VN),
    ...op.get(VWEIGHTS), ...op.get(YY), ...op.get(VTAPS), ...op.mul, ...op.i32(4), ...op.mul, ...op.add,
    ...op.set(VK0),
    ...op.i32(0), ...op.set(I),
    ...op.block, ...op.loop, // groups of 4 bytes along the row
    ...op.get(I), ...op.get(VSTRIDE), ...op.geU, ...op.brIf(1),
    ...op.i32(HALF), ...SIMD.splat, ...op.set(VACC),
    ...op.get(VBASE), ...op.get(I), ...op.add, ...op.set(VP),
    ...op.get(VK0), ...op.set(VK),
    ...op.get(VK0), ...op.get(VN), ...op.i32(4), ...op.mul, ...op.add, ...op.set(VKEND), // k end
    ...op.block, ...op.loop, // taps down the column
    ...op.get(VK), ...op.get(VKEND), ...op.geU, ...op.brIf(1),
    ...multiplyAdd(VACC, VP, VK),
    ...op.get(VP), ...op.get(VSTRIDE), ...op.add, ...op.set(VP),
    ...op.get(VK), ...op.i32(4), ...op.add, ...op.set(VK),
    ...op.br(0),
    ...op.end, ...op.end,
    // clip8, then the four bytes: out + yy * stride + i
    ...op.get(VOUT), ...op.get(YY), ...op.get(VSTRIDE), ...op.mul, ...op.add, ...op.get(I), ...op.add,
    ...clip8(VACC),
    ...op.get(VACC), ...op.get(VACC), ...SIMD.narrow32to16,
    ...op.get(VACC), ...op.get(VACC), ...SIMD.narrow32to16, ...SIMD.narrow16to8,
    ...SIMD.lane(0), ...op.store,
    ...op.get(I), ...op.i32(4), ...op.add, ...op.set(I),
    ...op.br(0),
    ...op.end, ...op.end,
    ...op.get(YY), ...op.i32(1), ...op.add, ...op.set(YY),
    ...op.br(0),
    ...op.end, ...op.end,
    ...op.end,
  ];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const code = (localCounts: [number, number][], body: number[]) => {
    const fn = [...vec(localCounts.map(([n, t]) => [...uleb(n), t])), ...body];
    return [...uleb(fn.length), ...fn];
  };
  const h = code(
    [
      [7, I32],
      [1, V128],
    ],
    kernelBody(),
  );
  const v = code(
    [
      [8, I32],
      [1, V128],
    ],
    verticalBody(),
  );
  const params = vec(new Array<number[]>(9).fill([I32]));
  // prettier-ignore
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, vec([[0x60, ...params, ...vec([])]])), // type: (i32 × 9) → ()
    ...section(3, vec([uleb(0), uleb(0)])), // functions 0 (h) and 1 (v) have type 0
    ...section(5, vec([[0x00, ...uleb(1)]])), // memory: 1 page, growable
    ...section(7, vec([
      [...name('h'), 0x00, ...uleb(0)],
      [...name('v'), 0x00, ...uleb(1)],
      [...name('mem'), 0x02, ...uleb(0)],
    ])),
    ...section(10, vec([h, v])), // code
  ]);
}

// ------------------------------------------------------------------ the pass

export interface PassCoefficients {
  taps: number;
  first: Int32Array;
  count: Int32Array;
  weights: Int32Array;
}

/** The bits of the WebAssembly API used here (the package's TypeScript libs carry no DOM types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  Instance: new (module: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

interface Kernel {
  h: (...args: number[]) => void;
  v: (...args: number[]) => void;
  mem: WasmMemory;
}

let compiled: object | null | undefined;
let shared: Kernel | undefined;
/** Memory kept by the shared instance; larger images get a throw-away instance (RSS stays low). */
const SHARED_LIMIT = 32 * 1024 * 1024;
const PAGE = 65536;

function instantiate(): Kernel | null {
  if (compiled === undefined) {
    try {
      if (!wasm) throw new Error('no WebAssembly');
      compiled = new wasm.Module(moduleBytes());
    } catch {
      compiled = null; // no WebAssembly SIMD here: the JavaScript pass is used
    }
  }
  if (!compiled || !wasm) return null;
  const { exports } = new wasm.Instance(compiled);
  return exports as unknown as Kernel;
}

export function simdAvailable(): boolean {
  return instantiate() !== null;
}

/**
 * Rows [rowFrom, rowTo) of an RGB image resampled horizontally (`ch`), then, when `cv` is
 * given, vertically (its row indices are relative to the image, hence the rowFrom offset);
 * null when WebAssembly SIMD is unavailable. The intermediate image never leaves wasm memory.
 */
export function resampleSimd(
  data: Uint8Array,
  width: number,
  rowFrom: number,
  rowTo: number,
  ch: PassCoefficients,
  cv: PassCoefficients | null,
): { data: Uint8Array; width: number; height: number } | null {
  const outW = ch.first.length;
  const rows = rowTo - rowFrom;
  const stride = width * 3;
  const align = (n: number) => (n + 15) & ~15;
  const layout: Record<string, number> = {};
  let at = 0;
  const take = (key: string, bytes: number) => {
    layout[key] = at;
    at = align(at + bytes);
  };
  take('src', rows * stride + 4); // load32 reads one byte past the last pixel
  take('hFirst', outW * 4);
  take('hCount', outW * 4);
  take('hWeights', ch.weights.length * 4);
  take('temp', outW * rows * 3 + 4);
  const outH = cv ? cv.first.length : rows;
  if (cv) {
    take('vFirst', outH * 4);
    take('vCount', outH * 4);
    take('vWeights', cv.weights.length * 4);
    take('out', outW * outH * 3 + 4);
  }
  let kernel = at <= SHARED_LIMIT ? (shared ??= instantiate() ?? undefined) : undefined;
  if (!kernel) {
    const fresh = instantiate();
    if (!fresh) return null;
    kernel = fresh;
  }
  const have = kernel.mem.buffer.byteLength;
  if (have < at) kernel.mem.grow(Math.ceil((at - have) / PAGE));
  const buf = kernel.mem.buffer;
  const L = layout as Record<
    'src' | 'hFirst' | 'hCount' | 'hWeights' | 'temp' | 'vFirst' | 'vCount' | 'vWeights' | 'out',
    number
  >;
  new Uint8Array(buf, L.src, rows * stride).set(data.subarray(rowFrom * stride, rowTo * stride));
  new Int32Array(buf, L.hFirst, outW).set(ch.first);
  new Int32Array(buf, L.hCount, outW).set(ch.count);
  new Int32Array(buf, L.hWeights, ch.weights.length).set(ch.weights);
  kernel.h(L.src, stride, rows, outW, L.hFirst, L.hCount, L.hWeights, ch.taps, L.temp);
  if (!cv) {
    return {
      data: new Uint8Array(buf, L.temp, outW * rows * 3).slice(),
      width: outW,
      height: rows,
    };
  }
  new Int32Array(buf, L.vFirst, outH).set(cv.first);
  new Int32Array(buf, L.vCount, outH).set(cv.count);
  new Int32Array(buf, L.vWeights, cv.weights.length).set(cv.weights);
  kernel.v(L.temp, outW * 3, outH, L.vFirst, L.vCount, L.vWeights, cv.taps, rowFrom, L.out);
  return { data: new Uint8Array(buf, L.out, outW * outH * 3).slice(), width: outW, height: outH };
}
