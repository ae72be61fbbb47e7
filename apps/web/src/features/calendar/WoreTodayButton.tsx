/** "I wore this today": logs a wear for the local day, with Undo in the toast. */
import { useLogWear, useUndoWear, type WearInput } from '../../api/wears.ts';
import { useToast } from '../../components/Toast.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { btn } from '../../components/ui.ts';
import { friendlyError } from '../../lib/errors.ts';
import { localDay } from './dates.ts';

type What = { outfit_id: string } | { prenda_ids: string[] };

export function WoreTodayButton({
  what,
  label,
  done,
}: {
  what: What;
  label: string;
  done: string;
}) {
  const t = useT();
  const log = useLogWear();
  const undo = useUndoWear();
  const toast = useToast();
  return (
    <button
      type="button"
      className={btn.secondary}
      disabled={log.isPending}
      onClick={() =>
        log.mutate({ fecha: localDay(), ...what } as WearInput, {
          onSuccess: (wear) =>
            toast.show(done, {
              label: t.calendar.undo,
              run: () => undo.mutate(wear._id, { onSuccess: () => toast.show(t.calendar.undone) }),
            }),
          onError: (err) => toast.show(friendlyError(err, t).message),
        })
      }
    >
      {label}
    </button>
  );
}
