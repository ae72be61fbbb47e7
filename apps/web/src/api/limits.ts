/**
 * The upload size limit, so the browser refuses an oversized photo before sending it (a 22 MB file
 * used to travel twice, to both models, just to hear 413). The server's own figure when its health
 * answer carries `max_upload_bytes`; otherwise the API's default.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function readUploadLimit(health: unknown): number {
  const h = (health ?? {}) as {
    max_upload_bytes?: unknown;
    limits?: { max_upload_bytes?: unknown };
  };
  const v = h.max_upload_bytes ?? h.limits?.max_upload_bytes;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : DEFAULT_MAX_UPLOAD_BYTES;
}

export function useUploadLimit(): number {
  const q = useQuery({
    queryKey: ['upload-limit'],
    queryFn: async () => readUploadLimit(await api({ method: 'GET', path: '/api/health' })),
    staleTime: Infinity,
    retry: false,
  });
  return q.data ?? DEFAULT_MAX_UPLOAD_BYTES;
}
