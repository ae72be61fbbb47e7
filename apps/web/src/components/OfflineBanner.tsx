/**
 * The offline state, visible on every screen: what is shown is the last synced data (the service
 * worker answers the API's reads from its cache), and how many changes wait to be sent. TanStack
 * Query pauses mutations while offline and sends them when the network is back; then a toast says
 * so.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { onlineManager, useMutationState } from '@tanstack/react-query';
import { useT } from '../i18n/i18n.tsx';
import { useToast } from './Toast.tsx';

const subscribe = (cb: () => void) => onlineManager.subscribe(cb);
const isOnline = () => onlineManager.isOnline();

export function OfflineBanner() {
  const t = useT();
  const toast = useToast();
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  const waiting = useMutationState({ filters: { predicate: (m) => m.state.isPaused } }).length;
  const queued = useRef(0);
  useEffect(() => {
    if (!online) queued.current = Math.max(queued.current, waiting);
    else if (queued.current > 0 && waiting === 0) {
      queued.current = 0;
      toast.show(t.offline.sent);
    }
  }, [online, waiting, toast, t]);
  if (online) return null;
  return (
    <div
      role="status"
      data-testid="offline-banner"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <div className="mx-auto max-w-6xl sm:px-2">
        <p className="font-medium">{t.offline.title}</p>
        <p>{t.offline.body}</p>
        {waiting > 0 ? <p data-testid="offline-waiting">{t.offline.waiting(waiting)}</p> : null}
      </div>
    </div>
  );
}
