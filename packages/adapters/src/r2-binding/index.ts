export {
  R2BindingImageStore,
  type R2BindingImageStoreOptions,
  type R2BucketLike,
} from './r2-binding-image-store.ts';
