/**
 * opencv.js (Apache-2.0, WebAssembly, shipped in the npm package: nothing is downloaded) loaded
 * on first use and shared: the load takes about a second, so the cut-out pays it once per
 * process, not per photo. Only the calls the cut-out uses are typed here; the package's own
 * typings do not declare GrabCut.
 */
import { createRequire } from 'node:module';

export interface CvMat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Uint8Array;
  delete(): void;
}

export interface CvRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OpenCv {
  Mat: new () => CvMat;
  Rect: new (x: number, y: number, width: number, height: number) => CvRect;
  matFromArray(rows: number, cols: number, type: number, data: ArrayLike<number>): CvMat;
  grabCut(
    image: CvMat,
    mask: CvMat,
    rect: CvRect,
    bgdModel: CvMat,
    fgdModel: CvMat,
    iterations: number,
    mode: number,
  ): void;
  CV_8UC1: number;
  CV_8UC3: number;
  GC_INIT_WITH_RECT: number;
  GC_INIT_WITH_MASK: number;
}

/** GrabCut's mask labels (cv::GrabCutClasses). */
export const GC_BGD = 0;
export const GC_FGD = 1;
export const GC_PR_BGD = 2;
export const GC_PR_FGD = 3;

type Loaded = OpenCv & { onRuntimeInitialized?: () => void; then?: unknown };

let loading: Promise<OpenCv> | undefined;

export function loadOpenCv(): Promise<OpenCv> {
  loading ??= (async (): Promise<OpenCv> => {
    // Node's require, not import(): test runners that transform imports choke on the 10 MB
    // bundle. Not awaited: the Emscripten module is a thenable that resolves to itself.
    const cv = createRequire(import.meta.url)('@techstark/opencv-js') as Loaded;
    if (typeof cv.Mat !== 'function') {
      // The module is returned before its WebAssembly has compiled; Mat appears once it has.
      await new Promise<void>((resolve) => {
        cv.onRuntimeInitialized = resolve;
      });
    }
    // Resolving a promise with a thenable adopts it, so the module must stop being one.
    delete cv.then;
    return cv;
  })();
  return loading;
}
