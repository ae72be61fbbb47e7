/**
 * The portable wardrobe: GET /api/export (a ZIP, fetched with the access token, so not a bare
 * link) and POST /api/import (a ZIP as multipart `file`, with upload progress).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IDEMPOTENCY_HEADER } from '../lib/idempotency.ts';
import { api, apiAnswer } from './client.ts';

/** What POST /api/import answers: rows added per section, garments whose photo was there. */
export interface ImportSummary {
  imported: Record<string, number>;
  duplicates: number;
  /** From the original system's data: garments left out (their photo could not be had). */
  skipped?: { _id: string; reason: string }[];
}

/** The export's file name: the server's (Content-Disposition), else today's as it names them. */
export function exportFileName(contentDisposition: string | null, now = new Date()): string {
  const named = /filename="([^"\\/]+)"/.exec(contentDisposition ?? '')?.[1];
  return named ?? `fashion-ai-${now.toISOString().slice(0, 10)}.zip`;
}

/** Downloads the export and hands it to the browser as a file. */
export async function downloadExport(): Promise<void> {
  const { body: blob, headers } = await apiAnswer<Blob>({
    method: 'GET',
    path: '/api/export',
    responseType: 'blob',
  });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(headers.get('Content-Disposition'));
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The click has started the download; the URL is not needed afterwards.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Import one ZIP; every query is stale afterwards (garments, outfits, plans, … all may change). */
export function useImportWardrobe(onProgress: (fraction: number) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, key }: { file: File; key: string }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<ImportSummary>({
        method: 'POST',
        path: '/api/import',
        form,
        onUploadProgress: onProgress,
        headers: { [IDEMPOTENCY_HEADER]: key },
      });
    },
    onSuccess: () => void qc.invalidateQueries(),
  });
}
