/**
 * Honest about uncertainty: a photo whose answer is unsure, disputed by the two models, or not a
 * garment at all says so plainly and asks for a look, with "Looks right" and "Not clothing".
 */
import type { ModelKind } from '@fashion/core';
import { useT } from '../../i18n/i18n.tsx';
import { btn } from '../../components/ui.ts';
import type { Doubt, QueueItem } from './queue.ts';

interface Props {
  item: QueueItem;
  doubt: Doubt[];
  onConfirm: () => void;
  onDiscard: () => void;
}

export function DoubtNote({ item, doubt, onConfirm, onDiscard }: Props) {
  const t = useT();
  const said = (m: ModelKind) => {
    const r = item.results[m];
    return r?.ok
      ? t.add.modelSays(
          t.models[m],
          t.classes[r.value.clase_nombre],
          t.common.percent(r.value.confianza),
        )
      : null;
  };
  const best = Math.max(...Object.values(item.results).map((r) => (r?.ok ? r.value.confianza : 0)));
  const notGarment = doubt.includes('not-garment');
  return (
    <div
      role="note"
      data-testid="doubt"
      className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-medium">{notGarment ? t.add.notGarmentTitle : t.add.unsureTitle}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {doubt.includes('disagree') ? (
          <li>{t.add.disagree([said('cnn'), said('vit')].filter(Boolean).join('; '))}</li>
        ) : null}
        {doubt.includes('low') ? <li>{t.add.lowConfidence(t.common.percent(best))}</li> : null}
        {notGarment ? <li>{t.add.notGarmentBody}</li> : null}
      </ul>
      <p className="mt-1">{t.add.lookFirst}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={`${btn.secondary} ${btn.small}`} onClick={onConfirm}>
          {t.add.looksRight}
        </button>
        <button type="button" className={`${btn.ghost} ${btn.small}`} onClick={onDiscard}>
          {t.add.notClothing}
        </button>
      </div>
    </div>
  );
}
