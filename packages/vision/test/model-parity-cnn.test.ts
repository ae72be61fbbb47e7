import { modelParitySuite } from './helpers/model-parity.ts';

modelParitySuite('cnn');
