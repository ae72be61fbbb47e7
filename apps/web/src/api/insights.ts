/** GET /api/insights: what the wardrobe and its wear log teach (core's computeInsights). */
import { useQuery } from '@tanstack/react-query';
import type { Insights } from '@fashion/core';
import { api } from './client.ts';

export const insightsKeys = { all: ['insights'] as const };

export function useInsights() {
  return useQuery({
    queryKey: insightsKeys.all,
    queryFn: () => api<Insights>({ method: 'GET', path: '/api/insights' }),
  });
}
