/** Model logits → class, softmax confidence, top-3 and `tipo` (core vocabulary). */
import { CLASS_NAMES, tipoOf, type ClassName, type Tipo } from '@fashion/core';

export interface TopEntry {
  clase_nombre: ClassName;
  confianza: number;
  tipo: Tipo;
}

export interface Prediction {
  clase: number;
  clase_nombre: ClassName;
  tipo: Tipo;
  confianza: number;
  top3: TopEntry[];
  /** Probability per class, in CLASS_NAMES order. */
  probabilities: number[];
}

/** Numerically stable softmax. */
export function softmax(logits: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  const exps = Array.from({ length: logits.length }, (_, i) => Math.exp(logits[i]! - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

const round4 = (p: number) => Math.min(1, Math.max(0, Math.round(p * 1e4) / 1e4));

/**
 * @param classOrder model output index → CLASS_NAMES index (labels.json)
 */
export function predictionFromLogits(
  logits: ArrayLike<number>,
  classOrder: readonly number[],
): Prediction {
  if (logits.length !== classOrder.length) {
    throw new Error(`the model gave ${logits.length} outputs, expected ${classOrder.length}`);
  }
  const raw = softmax(logits);
  const probabilities = new Array<number>(CLASS_NAMES.length).fill(0);
  classOrder.forEach((c, i) => (probabilities[c] = raw[i]!));
  const ranked = probabilities
    .map((p, clase) => ({ p, clase }))
    .sort((a, b) => b.p - a.p || a.clase - b.clase);
  const top3 = ranked.slice(0, 3).map(({ p, clase }) => {
    const name = CLASS_NAMES[clase]!;
    return { clase_nombre: name, confianza: round4(p), tipo: tipoOf(name) };
  });
  const best = ranked[0]!;
  const clase_nombre = CLASS_NAMES[best.clase]!;
  return {
    clase: best.clase,
    clase_nombre,
    tipo: tipoOf(clase_nombre),
    confianza: round4(best.p),
    top3,
    probabilities,
  };
}
