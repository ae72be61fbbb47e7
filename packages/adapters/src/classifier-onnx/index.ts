export {
  createOnnxClassifier,
  classifierFromEngine,
  type OnnxClassifier,
} from './onnx-classifier.ts';
