export * from './taxonomy.ts';
export * from './colors.ts';
export * from './contracts.ts';
export * from './ids.ts';
