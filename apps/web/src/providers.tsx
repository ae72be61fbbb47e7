/** Everything a screen relies on: data cache, language, theme, toasts, auth. Tests reuse it. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from './i18n/i18n.tsx';
import type { Lang } from './i18n/i18n.tsx';
import { ThemeProvider } from './lib/theme.tsx';
import { ToastProvider } from './components/Toast.tsx';
import { ApiError } from './api/client.ts';
import { garmentMutationDefaults } from './api/garments.ts';
import { offlineMutationDefaults } from './api/offline-queue.ts';
import { outfitMutationDefaults } from './api/outfits.ts';
import { tripMutationDefaults } from './api/trips.ts';
import { wearMutationDefaults } from './api/wears.ts';

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Offline, a read still goes out once: the service worker answers it from what was last
        // synced.
        networkMode: 'offlineFirst',
        // Retry only what may pass on a second try: network blips and 5xx, not 4xx answers.
        retry: (count, err) =>
          count < 2 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
      },
      // A change not made to wait offline (it needs the server's answer to go on: a photo's
      // recognition, a trip's plan, a category) is tried at once, and offline it fails saying it
      // needs the network (lib/errors.ts), instead of waiting unseen. The offline changes wait
      // (their defaults, api/offline-queue.ts).
      mutations: { networkMode: 'always' },
    },
  });
  // The changes that can be made offline: their functions are known to a change read back after
  // a reload (api/offline-queue.ts).
  offlineMutationDefaults(client);
  garmentMutationDefaults(client);
  wearMutationDefaults(client);
  tripMutationDefaults(client);
  outfitMutationDefaults(client);
  return client;
}

export function Providers({
  client,
  lang,
  children,
}: {
  client: QueryClient;
  lang?: Lang;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider {...(lang ? { lang } : {})}>
        <ThemeProvider>
          <ToastProvider>{children}</ToastProvider>
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
