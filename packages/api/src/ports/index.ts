export * from './store.ts';
export * from './images.ts';
export * from './classifier.ts';
export * from './auth.ts';
export * from './direct-upload.ts';
export * from './rate-limit.ts';
export * from './idempotency.ts';
export * from './stylist.ts';
