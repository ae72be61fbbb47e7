/**
 * Storage failures → clear HTTP answers. A full disk or database is 507 `storage_full`; a store
 * that cannot be written or reached (permissions, read-only mount, I/O error, lost connection)
 * is 503 `storage_unavailable` with Retry-After. Either way nothing was stored: the stores raise
 * before acknowledging (see the adapters), and the services remove what a failed step left.
 *
 * Adapters raise their driver's own errors (better-sqlite3 `SqliteError`, Node `fs` errors, D1
 * and MongoDB errors, often wrapped by Drizzle), so the cause chain is searched for known codes.
 */
import type { ErrorCode } from '@fashion/core';

export interface StorageFailure {
  status: 507 | 503;
  code: Extract<ErrorCode, 'storage_full' | 'storage_unavailable'>;
  /** The driver's code (SQLITE_FULL, ENOSPC …), named in the message for operators. */
  cause: string;
}

const FULL =
  /\b(SQLITE_FULL|ENOSPC|EDQUOT|EFBIG)\b|database or disk is full|no space left on device|OutOfDiskSpace/i;
const UNAVAILABLE =
  /\b(SQLITE_IOERR\w*|SQLITE_READONLY\w*|SQLITE_CANTOPEN|SQLITE_BUSY\w*|SQLITE_LOCKED\w*|EACCES|EPERM|EROFS|EIO)\b|disk I\/O error|attempt to write a readonly database|database is locked/i;
/** MongoDB driver errors that mean the server is unreachable, by class name. */
const MONGO_UNREACHABLE =
  /^Mongo(NetworkError|NetworkTimeoutError|ServerSelectionError|NotConnectedError)$/;

/** Texts of an error and its causes (Drizzle wraps the driver's error in `cause`). */
function* chain(err: unknown): Generator<{ text: string; name: string }> {
  for (let e = err, depth = 0; e && depth < 5; depth += 1) {
    if (typeof e !== 'object') {
      yield { text: String(e), name: '' };
      return;
    }
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    yield {
      text: `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`,
      name: typeof name === 'string' ? name : '',
    };
    e = (e as { cause?: unknown }).cause;
  }
}

/** The storage failure this error is, or null when it is something else. */
export function storageFailure(err: unknown): StorageFailure | null {
  for (const { text, name } of chain(err)) {
    const full = FULL.exec(text);
    if (full) return { status: 507, code: 'storage_full', cause: full[0] };
    const unavailable = UNAVAILABLE.exec(text);
    if (unavailable) return { status: 503, code: 'storage_unavailable', cause: unavailable[0] };
    if (MONGO_UNREACHABLE.test(name))
      return { status: 503, code: 'storage_unavailable', cause: name };
  }
  return null;
}

/** The JSON body and headers for a storage failure. */
export function storageFailureResponse(f: StorageFailure): {
  body: { error: string; code: StorageFailure['code'] };
  headers: Record<string, string>;
} {
  if (f.status === 507) {
    return {
      body: {
        error: `storage full (${f.cause}): the server has no space left to store this; nothing was saved`,
        code: f.code,
      },
      headers: {},
    };
  }
  return {
    body: {
      error: `storage unavailable (${f.cause}): the server cannot write its data now; nothing was saved`,
      code: f.code,
    },
    headers: { 'Retry-After': '30' },
  };
}
