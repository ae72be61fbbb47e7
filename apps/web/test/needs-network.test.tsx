/**
 * What needs the server's answer to go on (a trip planned by the server, a photo recognised) is
 * not queued offline: it is tried at once and fails, saying in the person's language that it
 * needs the network, rather than waiting unseen or showing a generic error. The offline changes
 * still wait.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '../src/providers.tsx';
import { ApiError, setTokenGetter, setTransport } from '../src/api/client.ts';
import { NetworkError } from '../src/api/transport.ts';
import { useCreateTrip } from '../src/api/trips.ts';
import { useUpdateGarment } from '../src/api/garments.ts';
import { friendlyError } from '../src/lib/errors.ts';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';

describe('offline, what is not queued says it needs the network', () => {
  let sent = 0;
  beforeEach(() => {
    sent = 0;
    setTransport(() => {
      sent += 1;
      return Promise.reject(new NetworkError());
    });
    setTokenGetter(() => Promise.resolve(null));
    onlineManager.setOnline(false);
  });
  afterEach(() => onlineManager.setOnline(true));

  let client = createQueryClient();
  beforeEach(() => void (client = createQueryClient()));
  function wrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  }

  it('a trip (planned by the server) fails at once, with a translated message', async () => {
    const { result } = renderHook(() => useCreateTrip(), { wrapper });
    act(() =>
      result.current.mutate({
        destino: { name: 'Lisboa', lat: 38.7, lon: -9.1 },
        desde: '2026-12-10',
        hasta: '2026-12-11',
        dias: [],
        lavanderia: false,
      } as unknown as Parameters<typeof result.current.mutate>[0]),
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.isPaused).toBe(false);
    expect(sent).toBe(1);
    expect(friendlyError(result.current.error, en).message).toBe(en.offline.needsNetwork);
    expect(friendlyError(result.current.error, es).message).toBe(es.offline.needsNetwork);
    expect(es.offline.needsNetwork).not.toBe(en.offline.needsNetwork);
  });

  it('a queued change still waits, and nothing is tried', async () => {
    const { result } = renderHook(() => useUpdateGarment('0'.repeat(24)), { wrapper });
    act(() => result.current.mutate({ favorito: true }));
    await waitFor(() => expect(result.current.isPaused).toBe(true));
    expect(result.current.isError).toBe(false);
    expect(sent).toBe(0);
  });

  it('online, a failed request keeps the connection message', () => {
    onlineManager.setOnline(true);
    const err = friendlyError(new ApiError(0, 'network error', null), en);
    expect(err.message).toBe(en.errors.network);
  });
});
