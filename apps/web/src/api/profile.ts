/** The caller's identity and preferences/profile (/api/me). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PreferencesUpdate, Profile } from '@fashion/core';
import { api } from './client.ts';
import { asItem } from './normalize.ts';
import type { Me } from './types.ts';

export const profileKeys = {
  me: ['me'] as const,
  preferences: ['me', 'preferences'] as const,
};

export function useMe() {
  return useQuery({
    queryKey: profileKeys.me,
    queryFn: () => api<Me>({ method: 'GET', path: '/api/me' }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: profileKeys.preferences,
    queryFn: async () =>
      asItem<Profile>(await api({ method: 'GET', path: '/api/me/preferences' }), 'preferences'),
  });
}

export function useSavePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (patch: PreferencesUpdate) =>
      asItem<Profile>(
        await api({ method: 'PUT', path: '/api/me/preferences', json: patch }),
        'preferences',
      ),
    onSuccess: (p) => qc.setQueryData(profileKeys.preferences, p),
  });
}
