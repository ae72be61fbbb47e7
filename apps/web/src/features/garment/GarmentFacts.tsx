/**
 * Quick facts on the garment page: favourite, laundry, archive or restore. Each appears once core
 * declares its field (favorito, lavado, estado).
 */
import { useState } from 'react';
import type { Garment, GarmentPatch } from '@fashion/core';
import { useArchiveGarment, useUpdateGarment } from '../../api/garments.ts';
import { useT } from '../../i18n/i18n.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { useSettledToast } from '../../lib/use-settled-toast.ts';
import { btn, input, label } from '../../components/ui.ts';
import { valueLabel } from '../garment-fields/labels.ts';
import { hasField, kindOfField } from '../garment-fields/present.ts';

const fact = (g: Garment, name: string) => (g as unknown as Record<string, unknown>)[name];

export function GarmentFacts({ g }: { g: Garment }) {
  const t = useT();
  const toast = useToast();
  const settled = useSettledToast();
  const update = useUpdateGarment(g._id);
  const archive = useArchiveGarment(g._id);
  const [motivo, setMotivo] = useState('');
  const reasons = kindOfField('motivo_archivo');
  const favourite = fact(g, 'favorito') === true;
  const dirty = fact(g, 'lavado') === 'para_lavar';
  const archived = fact(g, 'estado') === 'archivada';
  const patch = (p: Record<string, unknown>) =>
    settled(update.mutateAsync(p as GarmentPatch), t.garment.changesSaved);
  if (!hasField('favorito') && !hasField('lavado') && !hasField('estado')) return null;

  return (
    <section className="space-y-3" data-testid="garment-facts">
      <div className="flex flex-wrap gap-2">
        {hasField('favorito') ? (
          <button
            type="button"
            aria-pressed={favourite}
            className={`${btn.secondary} ${btn.small}`}
            onClick={() => patch({ favorito: !favourite })}
          >
            {favourite ? `★ ${t.batch.favourite}` : `☆ ${t.batch.favourite}`}
          </button>
        ) : null}
        {hasField('lavado') ? (
          <button
            type="button"
            className={`${btn.secondary} ${btn.small}`}
            onClick={() => patch({ lavado: dirty ? 'limpia' : 'para_lavar' })}
          >
            {dirty ? t.batch.markClean : t.batch.markLaundry}
          </button>
        ) : null}
        {hasField('estado') && archived ? (
          <button
            type="button"
            className={`${btn.secondary} ${btn.small}`}
            onClick={() =>
              archive.mutate({ restore: true }, { onSuccess: () => toast.show(t.batch.restore) })
            }
          >
            {t.batch.restore}
          </button>
        ) : null}
      </div>
      {hasField('estado') && !archived && reasons?.kind === 'enum' ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="min-w-40">
            <span className={label}>{t.batch.archiveReason}</span>
            <select className={input} value={motivo} onChange={(e) => setMotivo(e.target.value)}>
              <option value="">{t.common.chooseOne}</option>
              {reasons.values.map((v) => (
                <option key={v} value={v}>
                  {valueLabel(t, 'motivo_archivo', v) ?? v}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={`${btn.secondary} ${btn.small}`}
            disabled={!motivo || archive.isPending}
            onClick={() =>
              archive.mutate({ motivo }, { onSuccess: () => toast.show(t.batch.archive) })
            }
          >
            {t.batch.archive}
          </button>
        </div>
      ) : null}
      <InlineError error={update.error ?? archive.error} />
    </section>
  );
}
