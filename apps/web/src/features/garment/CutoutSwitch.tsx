/** The per-garment switch between the cut-out and the original photo (kept, so undo is instant). */
import type { Garment } from '@fashion/core';
import { useUpdateGarment } from '../../api/garments.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { muted } from '../../components/ui.ts';

export function CutoutSwitch({ g }: { g: Garment }) {
  const { t } = useI18n();
  const toast = useToast();
  const update = useUpdateGarment(g._id);
  if (!g.recorte_url) return null;
  const on = g.mostrar_recorte !== false;
  return (
    <div className="p-4">
      <label className="flex cursor-pointer items-center gap-3 text-sm font-medium">
        <input
          type="checkbox"
          role="switch"
          className="size-5 accent-stone-900 dark:accent-stone-100"
          checked={on}
          disabled={update.isPending}
          onChange={() =>
            update.mutate(
              { mostrar_recorte: !on },
              { onSuccess: () => toast.show(on ? t.cutout.photoShown : t.cutout.saved) },
            )
          }
        />
        {t.cutout.show}
      </label>
      <p className={`mt-1 text-xs ${muted}`}>{t.cutout.showHint}</p>
      <InlineError error={update.error} />
    </div>
  );
}
