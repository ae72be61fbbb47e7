export {
  EdgeImageProcessor,
  DEFAULT_EDGE_LIMITS,
  type EdgeImageLimits,
} from './edge-image-processor.ts';
