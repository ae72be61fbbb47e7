/** A real S3 server (s3rver) on 127.0.0.1, random port, files in a temp dir. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
// @ts-expect-error -- s3rver ships no type declarations; the part used here is typed below.
import S3rverModule from 's3rver';
import { S3ImageStore } from '../../src/s3/index.ts';

interface S3rverOptions {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}
const S3rver = S3rverModule as new (options: S3rverOptions) => {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
};

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  store(folder?: string): S3ImageStore;
  stop(): Promise<void>;
  close(): Promise<void>;
}

export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startLocalS3(bucket = 'wardrobe'): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  let running = true;
  const stores: S3ImageStore[] = [];
  const stop = async () => {
    if (!running) return;
    running = false;
    await server.close();
  };
  return {
    endpoint,
    bucket,
    store: (folder = 'fashion_ai') => {
      const s = new S3ImageStore({
        endpoint,
        bucket,
        folder,
        // s3rver serves objects anonymously at /<bucket>/<key>, like a public R2 bucket URL.
        publicUrl: `${endpoint}/${bucket}`,
        ...S3RVER_CREDENTIALS,
      });
      stores.push(s);
      return s;
    },
    stop,
    close: async () => {
      for (const s of stores) s.close();
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
