/**
 * The classifier when none is configured: every classification is a 503 that says how to get
 * one, health says so, and there are no metrics to show. Uploads still work when the client
 * sends the class and colour itself.
 */
import { ClassifierUnavailable, type Classifier } from '@fashion/api';

export function createNullClassifier(
  reason = 'no classifier is configured (set ML_SERVICE_URL, or install the models for in-process classification)',
): Classifier {
  return {
    async classify() {
      throw new ClassifierUnavailable(reason);
    },
    async health() {
      return { status: 'unavailable', mode: 'none', models: {}, detail: reason };
    },
    async metrics() {
      return null;
    },
    async confusionMatrix() {
      return null;
    },
    async figure() {
      return null;
    },
  };
}
