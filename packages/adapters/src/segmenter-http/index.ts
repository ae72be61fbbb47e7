export { createHttpSegmenter, type HttpSegmenterOptions } from './http-segmenter.ts';
