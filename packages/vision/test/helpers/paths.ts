import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const PHOTOS = join(REPO, 'fixtures/photos');
export const TINY_MODELS = fileURLToPath(new URL('../fixtures/tiny-model/', import.meta.url));
export const TINY = { cnn: join(TINY_MODELS, 'cnn.onnx'), vit: join(TINY_MODELS, 'vit.onnx') };
