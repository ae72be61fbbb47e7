import { describe, expect, it } from 'vitest';
import { CLASS_NAMES } from '@fashion/core';
import { parseLabels } from '../src/model-bundle.ts';
import { predictionFromLogits, softmax } from '../src/prediction.ts';
import { parsePreprocess } from '../src/preprocess/spec.ts';

const identity = CLASS_NAMES.map((_, i) => i);

describe('predictionFromLogits', () => {
  it('softmax is stable and sums to one', () => {
    const p = softmax([1000, 1001, 999]);
    expect(p.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(p[1]).toBeGreaterThan(p[0]!);
  });

  it('accepts log-probabilities as logits (softmax is unchanged by a shift)', () => {
    const logits = [0.3, 2.5, -1, 0, 0, 0, 0, 0, 1, 0];
    const logProbs = softmax(logits).map(Math.log);
    expect(predictionFromLogits(logProbs, identity).probabilities).toEqual(
      predictionFromLogits(logits, identity).probabilities.map((p) => expect.closeTo(p, 10)),
    );
  });

  it('gives class, tipo, confidence and a sorted top-3', () => {
    const logits = [0, 0, 0, 0, 0, 0, 3, 0, 2, 2.5]; // Shoes, then T-shirt, then Skirt
    const p = predictionFromLogits(logits, identity);
    expect(p).toMatchObject({ clase: 6, clase_nombre: 'Shoes', tipo: 'zapatos' });
    expect(p.top3.map((t) => [t.clase_nombre, t.tipo])).toEqual([
      ['Shoes', 'zapatos'],
      ['T-shirt', 'superior'],
      ['Skirt', 'inferior'],
    ]);
    expect(p.confianza).toBe(p.top3[0]!.confianza);
  });

  it('maps the model output order of labels.json onto CLASS_NAMES', () => {
    const order = parseLabels({ classes: [...CLASS_NAMES].reverse().map((c) => c.toLowerCase()) });
    const logits = new Array(10).fill(0);
    logits[0] = 5; // first output = last class (T-shirt)
    expect(predictionFromLogits(logits, order).clase_nombre).toBe('T-shirt');
  });

  it('reads labels.json as training writes it', () => {
    const json = {
      labels: [...CLASS_NAMES],
      tipo: {},
      classes: CLASS_NAMES.map((c, i) => ({ clase: i, clase_nombre: c })),
    };
    expect(parseLabels(json)).toEqual(identity);
    expect(parseLabels({ classes: json.classes })).toEqual(identity);
  });

  it('refuses labels.json that does not name the 10 classes', () => {
    expect(() => parseLabels(['Dress'])).toThrow(/10 classes/);
    expect(() => parseLabels([...CLASS_NAMES.slice(0, 9), 'Sock'])).toThrow(/unknown class "Sock"/);
    expect(() => parseLabels([...CLASS_NAMES.slice(0, 9), 'dress'])).toThrow(/repeats/);
  });

  it('refuses logits of the wrong length', () => {
    expect(() => predictionFromLogits([1, 2, 3], identity)).toThrow(/3 outputs, expected 10/);
  });
});

describe('preprocess.json', () => {
  it('reads one spec, with per-model overrides', () => {
    const json = { size: 224, resize: 'squash', interpolation: 'bilinear', vit: { size: 160 } };
    expect(parsePreprocess(json, 'cnn')).toEqual({
      size: 224,
      resize: 'squash',
      interpolation: 'bilinear',
    });
    expect(parsePreprocess(json, 'vit').size).toBe(160);
  });

  it('refuses modes serving cannot reproduce', () => {
    expect(() => parsePreprocess({ size: 224, resize: 'letterbox' }, 'cnn')).toThrow();
    expect(() =>
      parsePreprocess({ size: 224, resize: 'squash', interpolation: 'area' }, 'cnn'),
    ).toThrow();
  });
});
