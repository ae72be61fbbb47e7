/**
 * The classifier's health in both vocabularies: ours (status, models) and the one the original
 * clients read (`available`, `model_loaded`, `vit_model_loaded`, `classes_count`, `hint`).
 */
import { CLASS_NAMES, type ClassifierHealthSchema } from '@fashion/core';
import type { z } from 'zod';
import type { ClassifierHealth } from '../../ports/classifier.ts';

export type MlHealthAnswer = z.infer<typeof ClassifierHealthSchema>;

const HINTS: Record<ClassifierHealth['mode'], string> = {
  none: 'No classifier is configured: set ML_SERVICE_URL, or MODELS_DIR for in-process models.',
  http: 'The ML service does not answer: check ML_SERVICE_URL (a sleeping hosted service may need a minute).',
  'in-process': 'The models could not be loaded: check MODELS_DIR and the server log.',
};

export function withOriginalFields(h: ClassifierHealth): MlHealthAnswer {
  const cnn = h.models.cnn?.loaded === true;
  const vit = h.models.vit?.loaded === true;
  const available = h.status !== 'unavailable';
  return {
    ...h,
    available,
    model_loaded: cnn,
    vit_model_loaded: vit,
    classes_count: cnn || vit ? CLASS_NAMES.length : 0,
    ...(available ? {} : { hint: HINTS[h.mode], hosted: h.mode === 'http' }),
  };
}
