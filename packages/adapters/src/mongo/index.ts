export {
  createMongoStore,
  mongoStoreFromDb,
  ensureIndexes,
  COLLECTIONS,
  type MongoStoreOptions,
} from './mongo-store.ts';
export { InvalidQueryValue } from './ids.ts';
export {
  MongoRateLimitCounter,
  createMongoRateLimitCounter,
  RATE_LIMIT_COLLECTION,
} from './rate-limit-counter.ts';
