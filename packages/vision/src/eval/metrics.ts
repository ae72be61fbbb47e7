/** Accuracy, per-class precision/recall/F1 and macro-F1 over the 10 classes (as training reports them). */
import { CLASS_NAMES, type ClassName } from '@fashion/core';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationMetrics {
  n: number;
  accuracy: number;
  macro_f1: number;
  per_class: Record<ClassName, ClassMetrics>;
  /** Rows: true class, columns: predicted class (CLASS_NAMES order). */
  confusion_matrix: number[][];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function classificationMetrics(
  pairs: readonly { truth: number; predicted: number }[],
): ClassificationMetrics {
  const k = CLASS_NAMES.length;
  const cm = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const { truth, predicted } of pairs) cm[truth]![predicted]!++;
  let correct = 0;
  const perClass = {} as Record<ClassName, ClassMetrics>;
  const f1s: number[] = [];
  CLASS_NAMES.forEach((name, i) => {
    const tp = cm[i]![i]!;
    correct += tp;
    const predicted = cm.reduce((s, row) => s + row[i]!, 0);
    const support = cm[i]!.reduce((s, v) => s + v, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    f1s.push(f1);
    perClass[name] = {
      precision: round4(precision),
      recall: round4(recall),
      f1: round4(f1),
      support,
    };
  });
  return {
    n: pairs.length,
    accuracy: pairs.length ? round4(correct / pairs.length) : 0,
    macro_f1: round4(f1s.reduce((a, b) => a + b, 0) / k),
    per_class: perClass,
    confusion_matrix: cm,
  };
}
