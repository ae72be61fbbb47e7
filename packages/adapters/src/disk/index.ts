export { DiskImageStore, type DiskImageStoreOptions } from './disk-image-store.ts';
