/**
 * Why a classification cannot be answered now: the model is not loaded, its worker died, or the
 * service is saturated. The ML service answers 503 (with Retry-After when given); the API's
 * classifier adapter rethrows it as the port's ClassifierUnavailable. Bad images are
 * ImageRejected (from @fashion/core), a 4xx.
 */
export class ModelUnavailable extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
    /** `busy`: refused at admission (too much work in flight); otherwise the model is down. */
    readonly code: 'busy' | 'classifier_unavailable' = 'classifier_unavailable',
  ) {
    super(message);
    this.name = 'ModelUnavailable';
  }
}
