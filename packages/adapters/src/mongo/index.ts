export { createMongoStore, mongoStoreFromDb, type MongoStoreOptions } from './mongo-store.ts';
export { MongoRateLimitCounter, createMongoRateLimitCounter } from './rate-limit-counter.ts';
