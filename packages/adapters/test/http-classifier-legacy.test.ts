/** The original Hugging Face Space's answers (its class names, `vision_transformer`) are mapped. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { ClassifierUnavailable } from '@fashion/api';
import { createHttpClassifier } from '../src/classifier-http/index.ts';
import { startMlServiceStub, type MlServiceStub } from './helpers/ml-service-stub.ts';

const photo = new Uint8Array(
  await readFile(new URL('../../../fixtures/photos/shirt-1.jpg', import.meta.url)),
);

/** What the original Space's /classify-vit returns (fashion_ml.model_loader). */
const SPACE_ANSWER = {
  clase: 9,
  clase_nombre: 'Trouser',
  tipo: 'inferior',
  confianza: 0.82,
  color: 'azul oscuro',
  top3: [
    { clase_nombre: 'Trouser', confianza: 0.82, tipo: 'inferior' },
    { clase_nombre: 'Sneaker', confianza: 0.1, tipo: 'zapatos' },
    { clase_nombre: 'Sandal', confianza: 0.05, tipo: 'zapatos' },
  ],
  model: 'vision_transformer',
  model_file: 'vision_transformer_moda_modelo.keras',
};

describe('HTTP classifier and the original Space', () => {
  let ml: MlServiceStub;
  beforeAll(async () => {
    ml = await startMlServiceStub();
  });
  afterAll(() => ml.close());
  const classifier = () => createHttpClassifier({ baseUrl: ml.url, timeoutMs: 2000 });

  it('maps its classes, colour shades and model name instead of refusing the answer', async () => {
    ml.behave({ kind: 'status', status: 200, body: SPACE_ANSWER });
    const c = await classifier().classify(photo, 'vit');
    expect(c).toMatchObject({
      clase: 4,
      clase_nombre: 'Pants',
      tipo: 'inferior',
      confianza: 0.82,
      color: 'azul',
      model: 'vit',
      model_file: 'vision_transformer_moda_modelo.keras',
    });
    // Sneaker and Sandal both become Shoes: listed once.
    expect(c.top3.map((t) => t.clase_nombre)).toEqual(['Pants', 'Shoes']);
  });

  it('a class we lack (Bag) falls back to its best alternative that we have', async () => {
    ml.behave({
      kind: 'status',
      status: 200,
      body: {
        ...SPACE_ANSWER,
        clase: 1,
        clase_nombre: 'Bag',
        tipo: 'accesorio',
        confianza: 0.6,
        top3: [
          { clase_nombre: 'Bag', confianza: 0.6, tipo: 'accesorio' },
          { clase_nombre: 'Coat', confianza: 0.3, tipo: 'abrigo' },
        ],
      },
    });
    const c = await classifier().classify(photo, 'vit');
    expect(c).toMatchObject({ clase_nombre: 'Outwear', tipo: 'abrigo', confianza: 0.3 });
  });

  it('an answer that is neither ours nor the original is still refused (503)', async () => {
    ml.behave({
      kind: 'status',
      status: 200,
      body: { ...SPACE_ANSWER, clase_nombre: 'Spaceship', top3: [] },
    });
    await expect(classifier().classify(photo, 'vit')).rejects.toBeInstanceOf(ClassifierUnavailable);
  });
});
