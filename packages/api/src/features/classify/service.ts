/**
 * Classification without storing anything: the image is made safe first (the same decoding as
 * uploads: format sniffing, pixel limit, EXIF rotation, HEIC), then handed to the classifier.
 */
import type { Classification, ModelKind } from '@fashion/core';
import type { AppContext } from '../../deps.ts';

export function classifyService(ctx: AppContext) {
  return {
    async classify(bytes: Uint8Array, model: ModelKind): Promise<Classification> {
      const processed = await ctx.imageProcessor.process(bytes);
      return ctx.classifier.classify(processed.full.body, model);
    },
  };
}
