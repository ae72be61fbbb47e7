export { createHttpClassifier, type HttpClassifierOptions } from './http-classifier.ts';
