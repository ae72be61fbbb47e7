/**
 * Turns any thrown error into a sentence a person understands, in the UI language: by the error
 * body's `code` when the server sent one, else by HTTP status. The server's own (English) words
 * are shown only as a detail, only when there is no code to translate, and only in English.
 */
import { onlineManager } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import type { Dict } from '../i18n/en.ts';

export interface FriendlyError {
  message: string;
  /** The server's `{error}` text when it adds something to the message. */
  detail?: string;
}

export function friendlyError(err: unknown, t: Dict): FriendlyError {
  if (!(err instanceof ApiError)) {
    return { message: t.errors.title, ...(err instanceof Error ? { detail: err.message } : {}) };
  }
  if (err.code) return { message: t.errors.codes[err.code] };
  // The server writes English: its words are a useful detail in the English UI only.
  const server =
    err.message.startsWith('HTTP ') || !t.errors.showServerText ? undefined : err.message;
  const withDetail = (message: string): FriendlyError =>
    server ? { message, detail: server } : { message };
  switch (true) {
    // Offline, what did not wait in the queue (api/offline-queue.ts) needs the network.
    case err.status === 0 && !onlineManager.isOnline():
      return { message: t.offline.needsNetwork };
    case err.status === 0:
      return { message: t.errors.network };
    case err.status === 401:
      return withDetail(t.errors.unauthorized);
    case err.status === 403:
      return withDetail(t.errors.forbidden);
    case err.status === 404:
      return withDetail(t.errors.notFound);
    case err.status === 413:
      return withDetail(t.errors.tooLarge);
    case err.status === 429:
      return withDetail(t.errors.tooMany);
    case err.status === 415:
      return withDetail(t.errors.unsupported);
    case err.status === 503:
      return withDetail(t.errors.unavailable);
    case err.status >= 500:
      return withDetail(t.errors.server);
    case err.status === 400:
      return withDetail(t.errors.codes.bad_request);
    default:
      return withDetail(t.errors.title);
  }
}

export function isStatus(err: unknown, status: number): boolean {
  return err instanceof ApiError && err.status === status;
}
