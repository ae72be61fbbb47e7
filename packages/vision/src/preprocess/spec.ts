/**
 * models/preprocess.json: the evaluation preprocessing the training pipeline used, which serving
 * must reproduce exactly. Unknown modes fail at start-up instead of silently serving on a
 * different input distribution.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { MODEL_KINDS, type ModelKind } from '@fashion/core';

const BaseSpecSchema = z.object({
  /** Model input side S (the input is S×S). */
  size: z.number().int().min(8).max(2048),
  /** The whole image to S×S, aspect ratio ignored: training/data.py's evaluation path, the only
   * one the training pipeline writes (other modes fail at start-up). */
  resize: z.literal('squash'),
  interpolation: z.literal('bilinear').default('bilinear'),
});

/** One spec for every model, optionally with per-model overrides (`{"size":224,"vit":{"size":160}}`). */
const FileSchema = BaseSpecSchema.extend(
  Object.fromEntries(MODEL_KINDS.map((k) => [k, BaseSpecSchema.partial().optional()])) as Record<
    ModelKind,
    z.ZodOptional<ReturnType<typeof BaseSpecSchema.partial>>
  >,
);

export type PreprocessSpec = z.infer<typeof BaseSpecSchema>;

export function parsePreprocess(json: unknown, model: ModelKind): PreprocessSpec {
  const file: Record<string, unknown> = FileSchema.parse(json);
  const base = Object.fromEntries(
    Object.entries(file).filter(([key]) => !(MODEL_KINDS as readonly string[]).includes(key)),
  );
  return BaseSpecSchema.parse({ ...base, ...(file[model] as object | undefined) });
}

export async function loadPreprocess(path: string, model: ModelKind): Promise<PreprocessSpec> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    return parsePreprocess(json, model);
  } catch (err) {
    const detail = err instanceof z.ZodError ? z.prettifyError(err) : (err as Error).message;
    throw new Error(`invalid ${path}: ${detail}`);
  }
}
