/** The bulk queue for a screen: its state, and the wardrobe refreshed as photos are stored. */
import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { garmentKeys } from '../../../api/garments.ts';
import { bulkQueue } from './bulk-queue.ts';

/** Refetching the wardrobe after every photo of 300 is waste: at most this often. */
const REFRESH_MS = 2000;

export function useBulkUpload() {
  const q = bulkQueue();
  const state = useSyncExternalStore(q.subscribe, q.getSnapshot);
  const qc = useQueryClient();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    q.onStored = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        void qc.invalidateQueries({ queryKey: garmentKeys.all });
      }, REFRESH_MS);
    };
    return () => clearTimeout(timer);
  }, [q, qc]);
  return { ...state, queue: q };
}
