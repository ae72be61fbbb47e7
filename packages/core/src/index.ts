export * from './taxonomy.ts';
export * from './colors.ts';
export * from './contracts.ts';
export * from './ids.ts';
export * from './errors.ts';
export * from './images.ts';
export * from './recommend/index.ts';
export * from './env-schemas.ts';
