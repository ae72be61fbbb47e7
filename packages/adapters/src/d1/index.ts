export { createD1Store } from './d1-store.ts';
