/**
 * The bar under a selection: set occasions, seasons, the category, laundry or favourite on every
 * selected garment, add tags, archive or delete them — each one POST /api/prendas/batch. Facts
 * core does not declare yet are not offered.
 */
import { useState } from 'react';
import { useBatchGarments } from '../../api/batch.ts';
import type { BatchRequest } from '../../api/batch.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, input, label as labelClass } from '../../components/ui.ts';
import { CategoryPicker } from '../categories/CategoryPicker.tsx';
import { GenericInput } from '../garment-fields/inputs.tsx';
import { fieldLabel, valueLabel } from '../garment-fields/labels.ts';
import { hasField, isEditable, kindOfField } from '../garment-fields/present.ts';

/** The fields a batch sets, in the bar's order. */
const BATCH_FIELDS = ['ocasion', 'temporadas', 'categoria_id', 'etiquetas', 'lavado', 'favorito'];

interface Props {
  ids: string[];
  shownCount: number;
  onSelectAll: () => void;
  onClear: () => void;
  archived: boolean;
}

export function BatchBar({ ids, shownCount, onSelectAll, onClear, archived }: Props) {
  const t = useT();
  const toast = useToast();
  const batch = useBatchGarments();
  const [panel, setPanel] = useState<string | null>(null);
  const [value, setValue] = useState<unknown>(undefined);
  const [motivo, setMotivo] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fields = BATCH_FIELDS.filter(isEditable);
  const reasons = kindOfField('motivo_archivo');

  const run = (req: Omit<BatchRequest, 'ids'>, done: string) =>
    batch.mutate(
      { ids, ...req },
      {
        onSuccess: () => {
          toast.show(done);
          setPanel(null);
          setConfirming(false);
          if (req.action) onClear();
        },
      },
    );

  const open = (name: string) => {
    setPanel(panel === name ? null : name);
    setValue(undefined);
    batch.reset();
  };

  const kind = panel && isEditable(panel) ? kindOfField(panel) : undefined;

  return (
    <div
      role="region"
      aria-label={t.batch.actions}
      className="sticky bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-20 mt-4 rounded-2xl lg:bottom-3 border border-stone-300 bg-white/95 p-3 shadow-lg backdrop-blur dark:border-stone-700 dark:bg-stone-900/95"
      data-testid="batch-bar"
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="mr-2 text-sm font-medium" aria-live="polite">
          {t.batch.selected(ids.length)}
        </p>
        <button type="button" className={`${btn.ghost} ${btn.small}`} onClick={onSelectAll}>
          {t.batch.selectAll(shownCount)}
        </button>
        {ids.length ? (
          <button type="button" className={`${btn.ghost} ${btn.small}`} onClick={onClear}>
            {t.batch.clearSelection}
          </button>
        ) : null}
      </div>
      {ids.length ? (
        <div className="mt-2 flex flex-wrap gap-2">
          {fields.map((f) => (
            <button
              key={f}
              type="button"
              aria-expanded={panel === f}
              className={`${btn.secondary} ${btn.small}`}
              onClick={() => open(f)}
            >
              {fieldLabel(t, f) ?? f}
            </button>
          ))}
          {hasField('estado') ? (
            archived ? (
              <button
                type="button"
                className={`${btn.secondary} ${btn.small}`}
                disabled={batch.isPending}
                onClick={() => run({ action: 'restaurar' }, t.batch.applied(ids.length))}
              >
                {t.batch.restore}
              </button>
            ) : (
              <button
                type="button"
                aria-expanded={panel === 'archivar'}
                className={`${btn.secondary} ${btn.small}`}
                onClick={() => open('archivar')}
              >
                {t.batch.archive}
              </button>
            )
          ) : null}
          <button
            type="button"
            className={`${btn.dangerOutline} ${btn.small}`}
            onClick={() => {
              batch.reset();
              setConfirming(true);
            }}
          >
            {t.batch.delete}
          </button>
        </div>
      ) : (
        <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">{t.batch.selectHint}</p>
      )}

      {panel && ids.length ? (
        <div className="mt-3 space-y-3 border-t border-stone-200 pt-3 dark:border-stone-800">
          {panel === 'archivar' && reasons?.kind === 'enum' ? (
            <label className="block max-w-xs">
              <span className={labelClass}>{t.batch.archiveReason}</span>
              <select className={input} value={motivo} onChange={(e) => setMotivo(e.target.value)}>
                <option value="">{t.common.chooseOne}</option>
                {reasons.values.map((v) => (
                  <option key={v} value={v}>
                    {valueLabel(t, 'motivo_archivo', v) ?? v}
                  </option>
                ))}
              </select>
            </label>
          ) : panel === 'categoria_id' ? (
            <div className="max-w-xs">
              <CategoryPicker
                value={typeof value === 'string' ? value : null}
                onChange={(id) => setValue(id)}
              />
            </div>
          ) : kind ? (
            <div>
              <label htmlFor="batch-value" className={labelClass}>
                {fieldLabel(t, panel) ?? panel}
              </label>
              <GenericInput
                name={panel}
                id="batch-value"
                label={fieldLabel(t, panel) ?? panel}
                kind={kind}
                value={value ?? (kind.kind === 'boolean' ? false : undefined)}
                onChange={setValue}
              />
            </div>
          ) : null}
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className={`${btn.primary} ${btn.small}`}
              disabled={
                batch.isPending ||
                (panel === 'archivar' && !motivo) ||
                (kind?.kind === 'enum' && value === undefined)
              }
              onClick={() =>
                panel === 'archivar'
                  ? run({ action: 'archivar', motivo }, t.batch.applied(ids.length))
                  : run(
                      {
                        set: {
                          // Tags are added to each garment's own (the API merges them).
                          [panel === 'etiquetas' ? 'etiquetas_add' : panel]:
                            value ??
                            (panel === 'categoria_id'
                              ? null
                              : kind?.kind === 'boolean'
                                ? false
                                : kind?.kind === 'enum-set' || kind?.kind === 'tags'
                                  ? []
                                  : undefined),
                        },
                      },
                      t.batch.applied(ids.length),
                    )
              }
            >
              {t.batch.apply(ids.length)}
            </button>
            <button
              type="button"
              className={`${btn.ghost} ${btn.small}`}
              onClick={() => setPanel(null)}
            >
              {t.batch.cancel}
            </button>
          </div>
        </div>
      ) : null}
      {batch.isError && !confirming ? (
        <div className="mt-2">
          <p className="text-sm text-red-700 dark:text-red-400" role="alert">
            {t.batch.failed}
          </p>
          <InlineError error={batch.error} />
        </div>
      ) : null}

      <ConfirmDialog
        open={confirming}
        title={t.batch.deleteTitle(ids.length)}
        body={t.batch.deleteBody}
        confirmLabel={t.batch.delete}
        busy={batch.isPending}
        error={batch.error}
        onConfirm={() => run({ action: 'eliminar' }, t.batch.deleted(ids.length))}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
