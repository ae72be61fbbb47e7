import { modelParitySuite } from './helpers/model-parity.ts';

modelParitySuite('vit');
