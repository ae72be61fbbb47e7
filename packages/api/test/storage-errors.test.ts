import { describe, expect, it } from 'vitest';
import { storageFailure } from '../src/http/storage-errors.ts';

const errno = (code: string) => Object.assign(new Error(`${code}: failed, open '/x'`), { code });

describe('storage failures', () => {
  it('maps full disks and databases to 507 storage_full', () => {
    for (const err of [
      Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      errno('ENOSPC'),
      new Error('D1_ERROR: database or disk is full: SQLITE_FULL'),
      // Drizzle wraps the driver's error.
      new Error('Failed query: insert into …', { cause: errno('ENOSPC') }),
    ]) {
      expect(storageFailure(err)).toMatchObject({ status: 507, code: 'storage_full' });
    }
  });

  it('maps unwritable or unreachable stores to 503 storage_unavailable', () => {
    for (const err of [
      errno('EACCES'),
      errno('EROFS'),
      Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }),
      Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }),
      Object.assign(new Error('connection closed'), { name: 'MongoNetworkError' }),
    ]) {
      expect(storageFailure(err)).toMatchObject({ status: 503, code: 'storage_unavailable' });
    }
  });

  it('leaves other errors alone', () => {
    expect(storageFailure(new Error('boom'))).toBeNull();
    expect(storageFailure(new TypeError('x is undefined'))).toBeNull();
    expect(storageFailure(undefined)).toBeNull();
  });
});
