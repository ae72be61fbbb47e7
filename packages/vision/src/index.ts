// Untrusted image decoding and upload processing (owned by the API engineer).
export * from './decode.ts';
export * from './upload-processor.ts';

// Garment classification: preprocessing, ONNX inference, colour (the ML serving path).
export * from './errors.ts';
export * from './garment-classifier.ts';
export * from './prediction.ts';
export * from './model-bundle.ts';
export * from './preprocess/spec.ts';
export * from './preprocess/model-input.ts';
export * from './preprocess/load-model-input.ts';
export * from './preprocess/pil-resize.ts';
export * from './image/rgb.ts';
export * from './color/garment-color.ts';
export * from './color/naming.ts';
export * from './limiter.ts';
export * from './image/load-rgb.ts';

// Garment cut-outs (segmentation → transparent WebP) and the mask they are computed from.
export * from './segment/mask.ts';
export * from './segment/segment-garment.ts';
export * from './segment/cutout.ts';
export * from './segment/apply-mask.ts';
export type { SegmentMethod } from './segment/methods.ts';
export type { PatternHint } from './color/pattern.ts';
export * from './ood/image-stats.ts';
export * from './ood/not-garment.ts';

// Outfit collages (flat-lay PNG).
export * from './collage/compose.ts';
export { modelPathsFromEnv } from './repo-paths.ts';
