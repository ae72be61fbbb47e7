/**
 * Idempotency keys, kept in the metadata store so that a repeated create is recognised across a
 * lost response, a server restart and several instances. A key belongs to one user; a record is
 * "in flight" (no status yet) while its first request runs, then holds that request's answer.
 */
export interface IdempotencyRecord {
  /** Hash of the request that claimed the key (method, path, body). */
  fingerprint: string;
  /** The answer of the first request; absent while it is still running. */
  status?: number;
  body?: string;
}

export interface IdempotencyClaim {
  fingerprint: string;
  /** When the record may be forgotten (ISO time). */
  expiresAt: string;
  /** Until when an unfinished claim is respected; after it (a crashed request) it is taken over. */
  lockedUntil: string;
  now: string;
}

export interface IdempotencyStore {
  /**
   * Claims the key for a new request. Returns null when the caller now holds it; otherwise the
   * live record that holds it (expired records and stale claims are taken over, not returned).
   */
  claim(userId: string, key: string, claim: IdempotencyClaim): Promise<IdempotencyRecord | null>;
  /** Stores the answer of the request that holds the claim. */
  complete(
    userId: string,
    key: string,
    fingerprint: string,
    answer: { status: number; body: string },
  ): Promise<void>;
  /** Gives an unfinished claim up (the request failed), so the key can be used again. */
  release(userId: string, key: string, fingerprint: string): Promise<void>;
}
