export { createLocalSegmenter } from './local-segmenter.ts';
