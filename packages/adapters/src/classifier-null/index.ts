export { createNullClassifier } from './null-classifier.ts';
