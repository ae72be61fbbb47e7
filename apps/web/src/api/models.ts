/** Model transparency: metrics JSON and confusion-matrix PNGs of each model, by its name. */
import { useQuery } from '@tanstack/react-query';
import type { ModelKind } from '@fashion/core';
import { api } from './client.ts';
import type { ModelMetricsJson } from './types.ts';

export function useModelMetrics(model: ModelKind) {
  return useQuery({
    queryKey: ['model', model, 'metrics'],
    queryFn: () => api<ModelMetricsJson>({ method: 'GET', path: `/api/model/${model}/metrics` }),
    retry: false,
  });
}

/** The PNG is fetched with the token (an <img src> could not send it) and shown as an object URL. */
export function useConfusionMatrixPng(model: ModelKind, enabled: boolean) {
  return useQuery({
    queryKey: ['model', model, 'confusion-png'],
    enabled,
    retry: false,
    staleTime: Infinity,
    queryFn: async () => {
      const blob = await api<Blob>({
        method: 'GET',
        path: `/api/model/${model}/confusion-matrix`,
        responseType: 'blob',
      });
      return URL.createObjectURL(blob);
    },
  });
}

export function useMlHealth() {
  return useQuery({
    queryKey: ['ml-health'],
    queryFn: () => api<Record<string, unknown>>({ method: 'GET', path: '/api/ml-health' }),
    retry: false,
  });
}
