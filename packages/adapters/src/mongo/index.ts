export {
  createMongoStore,
  mongoStoreFromDb,
  ensureIndexes,
  COLLECTIONS,
  type MongoStoreOptions,
} from './mongo-store.ts';
export { InvalidQueryValue } from './ids.ts';
