/** Model transparency: the metrics and confusion matrices the training pipeline produced. */
import type { ModelFigure, ModelKind } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { notFound } from '../../http/errors.ts';
import type { ModelMetrics } from '../../ports/classifier.ts';

export function modelService(ctx: AppContext) {
  return {
    async metrics(model: ModelKind): Promise<ModelMetrics> {
      const metrics = await ctx.classifier.metrics(model);
      if (!metrics) throw notFound(`metrics of the ${model} model`);
      return metrics;
    },
    async confusionMatrix(model: ModelKind): Promise<Uint8Array> {
      const png = await ctx.classifier.confusionMatrix(model);
      if (!png) throw notFound(`confusion matrix of the ${model} model`);
      return png;
    },
    async figure(name: ModelFigure): Promise<Uint8Array> {
      const png = await ctx.classifier.figure(name);
      if (!png) throw notFound(`the ${name} figure`);
      return png;
    },
  };
}
