/**
 * A toast once a change has reached the server, or its error if it failed. A waiting change is
 * shown at once (api/pending.ts): a plan moved leaves its day, an edited garment's editor starts
 * over from the edited values, so the component that made the change may be gone when it lands,
 * and callbacks passed to `mutate` never run after that. The change's own promise does.
 */
import { useToast } from '../components/Toast.tsx';
import { useT } from '../i18n/i18n.tsx';
import { friendlyError } from './errors.ts';

export function useSettledToast(): (change: Promise<unknown>, done: string) => void {
  const toast = useToast();
  const t = useT();
  return (change, done) =>
    void change.then(
      () => toast.show(done),
      (err: unknown) => toast.show(friendlyError(err, t).message),
    );
}
