import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/client.ts';
import {
  classifierUnavailable,
  fieldsOf,
  isReady,
  manualClass,
  reducer,
} from '../src/features/add/queue.ts';
import type { QueueItem } from '../src/features/add/queue.ts';
import type { Classification } from '@fashion/core';

const item = (over: Partial<QueueItem> = {}): QueueItem => ({
  id: 'a',
  name: 'shirt.jpg',
  blob: new Blob(['x'], { type: 'image/jpeg' }),
  stage: 'uploading',
  progress: 1,
  results: {},
  choice: {},
  ocasion: [],
  touched: false,
  idempotencyKey: 'key-1',
  ...over,
});

const cls = (over: Partial<Classification>): Classification => ({
  clase: 5,
  clase_nombre: 'Shirt',
  tipo: 'superior',
  confianza: 0.6,
  color: 'azul',
  color_hex: '#2f5d9e',
  top3: [
    { clase_nombre: 'Shirt', confianza: 0.6, tipo: 'superior' },
    { clase_nombre: 'Longsleeve', confianza: 0.3, tipo: 'superior' },
  ],
  model: 'cnn',
  model_file: 'cnn.onnx',
  ...over,
});

describe('add queue', () => {
  it('pre-selects the more confident model', () => {
    const [s] = reducer([item()], {
      type: 'classified',
      id: 'a',
      results: {
        cnn: { ok: true, value: cls({}) },
        vit: { ok: true, value: cls({ clase_nombre: 'T-shirt', confianza: 0.8, model: 'vit' }) },
      },
    });
    expect(s!.stage).toBe('review');
    expect(s!.choice).toMatchObject({
      clase_nombre: 'T-shirt',
      modelo: 'vit',
      confianza: 0.8,
      color: 'azul',
    });
    expect(isReady(s!)).toBe(true);
  });

  it('asks for a manual choice when no classifier is available (503)', () => {
    const unavailable = { ok: false as const, error: new ApiError(503, 'no model', null) };
    const [s] = reducer([item()], {
      type: 'classified',
      id: 'a',
      results: { cnn: unavailable, vit: unavailable },
    });
    expect(s!.stage).toBe('review');
    expect(classifierUnavailable(s!.results)).toBe(true);
    expect(isReady(s!)).toBe(false);
    const chosen = manualClass(s!, 'Shorts');
    expect(chosen).toMatchObject({
      clase_nombre: 'Shorts',
      tipo: 'inferior',
      modelo: 'manual',
      confianza: 1,
    });
  });

  it('rejects a photo that every model refuses as not an image', () => {
    const bad = { ok: false as const, error: new ApiError(415, 'not an image', null) };
    const [s] = reducer([item()], { type: 'classified', id: 'a', results: { cnn: bad, vit: bad } });
    expect(s!.stage).toBe('rejected');
  });

  it('keeps the models’ confidence for a class picked from their top 3', () => {
    const s = item({
      stage: 'review',
      results: { cnn: { ok: true, value: cls({}) } },
      choice: { modelo: 'cnn' },
    });
    expect(manualClass(s, 'Longsleeve')).toMatchObject({
      clase_nombre: 'Longsleeve',
      confianza: 0.3,
      modelo: 'cnn',
    });
  });

  it('sends the contract fields, confirmed only when the person corrected the class', () => {
    const s = item({
      stage: 'review',
      choice: {
        clase_nombre: 'Skirt',
        tipo: 'inferior',
        color: 'rojo',
        confianza: 0.4,
        modelo: 'vit',
      },
      ocasion: ['fiesta'],
      touched: true,
    });
    expect(fieldsOf(s)).toEqual({
      clase_nombre: 'Skirt',
      tipo: 'inferior',
      color: 'rojo',
      confianza: 0.4,
      modelo: 'vit',
      confirmado: true,
      ocasion: ['fiesta'],
    });
  });
});
