/**
 * What serving needs beside an ONNX file, read from the file's folder (models/ as the training
 * pipeline writes it): preprocess.json (or preprocess-<kind>.json), labels.json (output order),
 * metrics-<kind>.json and confusion-<kind>.png.
 */
import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CLASS_NAMES, type ModelKind } from '@fashion/core';
import { loadPreprocess, type PreprocessSpec } from './preprocess/spec.ts';

export interface ModelBundle {
  kind: ModelKind;
  onnxPath: string;
  /** File name reported as `model_file`. */
  file: string;
  spec: PreprocessSpec;
  /** Model output index → CLASS_NAMES index. */
  classOrder: number[];
  metricsPath: string;
  confusionPath: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const CANONICAL = new Map(CLASS_NAMES.map((c, i) => [normalise(c), i]));

/**
 * labels.json, as training writes it (`{"labels": ["Dress", …], "classes": [{clase, clase_nombre}, …]}`)
 * or a bare list of names; names are matched loosely (`t-shirt` = `T-shirt`).
 */
export function parseLabels(json: unknown): number[] {
  const obj =
    json && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : null;
  const raw = obj ? (obj.labels ?? obj.classes) : json;
  if (!Array.isArray(raw) || raw.length !== CLASS_NAMES.length) {
    throw new Error(`labels.json must list the ${CLASS_NAMES.length} classes`);
  }
  const names = raw.map((entry: unknown) =>
    entry && typeof entry === 'object' ? (entry as Record<string, unknown>).clase_nombre : entry,
  );
  const order = names.map((name) => {
    const index = typeof name === 'string' ? CANONICAL.get(normalise(name)) : undefined;
    if (index === undefined) throw new Error(`labels.json: unknown class ${JSON.stringify(name)}`);
    return index;
  });
  if (new Set(order).size !== order.length) throw new Error('labels.json repeats a class');
  return order;
}

export async function resolveBundle(kind: ModelKind, onnxPath: string): Promise<ModelBundle> {
  if (!(await exists(onnxPath))) throw new Error(`model file not found: ${onnxPath}`);
  const dir = dirname(onnxPath);
  const specific = join(dir, `preprocess-${kind}.json`);
  const specPath = (await exists(specific)) ? specific : join(dir, 'preprocess.json');
  if (!(await exists(specPath))) throw new Error(`no preprocess.json beside ${onnxPath}`);
  const spec = await loadPreprocess(specPath, kind);
  const labelsPath = join(dir, 'labels.json');
  let classOrder = CLASS_NAMES.map((_, i) => i);
  if (await exists(labelsPath)) {
    classOrder = parseLabels(JSON.parse(await readFile(labelsPath, 'utf8')));
  }
  return {
    kind,
    onnxPath,
    file: basename(onnxPath),
    spec,
    classOrder,
    metricsPath: join(dir, `metrics-${kind}.json`),
    confusionPath: join(dir, `confusion-${kind}.png`),
  };
}
