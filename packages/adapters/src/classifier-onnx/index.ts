export { createOnnxClassifier, type OnnxClassifier } from './onnx-classifier.ts';
