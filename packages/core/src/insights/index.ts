export * from './compute.ts';
export * from './wears.ts';
