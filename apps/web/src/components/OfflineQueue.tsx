/**
 * Keeps the signed-in person's offline changes across a reload (api/offline-queue.ts): reads them
 * back once at start, keeps every later change, and sends the waiting ones when online. The queue
 * is stored under the person's id: another person's changes are never read back or sent.
 */
import { useLayoutEffect } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/auth-context.ts';
import { startQueue } from '../api/offline-queue.ts';

export function OfflineQueue({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const auth = useAuth();
  // Anonymous (single user) or the Auth0 subject; signed in without an id: kept in memory only.
  const owner = auth.mode === 'anonymous' ? 'anonymous' : auth.user?.id;
  useLayoutEffect(() => {
    if (owner) return startQueue(client, owner);
  }, [client, owner]);
  return children;
}
