/** One photo in the add queue: progress, the two models' answers, the person's correction, save. */
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { Link } from '../../router/router.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { InlineError } from '../../components/States.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, card, muted } from '../../components/ui.ts';
import { friendlyError } from '../../lib/errors.ts';
import { ModelResults } from './ModelResults.tsx';
import { DoubtNote } from './DoubtNote.tsx';
import { GarmentFieldsEditor } from '../garment-fields/GarmentFieldsEditor.tsx';
import type { DraftPatch } from '../garment-fields/types.ts';
import type { EditableField } from '../garment-fields/field-kind.ts';
import {
  choiceFrom,
  classifierUnavailable,
  doubts,
  isReady,
  manualClass,
  serverUnreachable,
} from './queue.ts';
import type { Choice, QueueItem } from './queue.ts';
import type { Ocasion } from '@fashion/core';

/** What a card shows open; the other editable fields wait under "More details". */
const CARD_FIELDS: readonly EditableField[] = ['clase_nombre', 'tipo', 'color', 'ocasion'];

interface Props {
  item: QueueItem;
  onChoose: (choice: Choice, touched: boolean) => void;
  onOcasion: (o: Ocasion[]) => void;
  onExtra: (patch: DraftPatch) => void;
  onSave: () => void;
  onRemove: () => void;
  onConfirm: () => void;
}

export function ItemCard({
  item,
  onChoose,
  onOcasion,
  onExtra,
  onSave,
  onRemove,
  onConfirm,
}: Props) {
  const t = useT();
  const [previewFailed, setPreviewFailed] = useState(false);
  const busy = item.stage === 'queued' || item.stage === 'uploading' || item.stage === 'saving';
  const manual = item.stage !== 'uploading' && classifierUnavailable(item.results);
  const offline = manual && serverUnreachable(item.results);
  const c = item.choice;
  const doubt = doubts(item);
  // The editor's changes go where the queue keeps them: the class (a correction, which confirms),
  // the type, the colour (not a correction of the class), occasions, and the rest.
  const onFields = (p: DraftPatch) => {
    const { clase_nombre, tipo, color, color_hex, ocasion, ...rest } = p;
    if (clase_nombre) onChoose(manualClass(item, clase_nombre), true);
    else if (tipo) onChoose({ ...c, tipo }, true);
    else if (color) {
      const { color_hex: _old, ...keep } = c;
      onChoose({ ...keep, color, ...(color_hex ? { color_hex } : {}) }, item.touched);
    }
    if (ocasion) onOcasion(ocasion);
    if (Object.keys(rest).length) onExtra(rest);
  };
  // A card is titled by what it holds once known; the file name is only a hint.
  const title =
    c.clase_nombre && c.color
      ? `${t.classes[c.clase_nombre]} · ${t.colors[c.color]}`
      : c.clase_nombre
        ? t.classes[c.clase_nombre]
        : t.add.untitled;

  return (
    <li
      className={`${card} overflow-hidden`}
      aria-label={item.name}
      data-testid="add-item"
      data-stage={item.stage}
      data-doubt={doubt.join(' ') || undefined}
    >
      <div className="grid gap-4 p-4 sm:grid-cols-[160px_1fr]">
        <div className="relative aspect-[3/4] w-32 overflow-hidden rounded-xl bg-stone-100 sm:w-full dark:bg-stone-800">
          {item.previewUrl && !previewFailed ? (
            <img
              src={item.previewUrl}
              alt=""
              decoding="async"
              onError={() => setPreviewFailed(true)}
              className="absolute inset-0 h-full w-full object-contain"
            />
          ) : (
            <p
              className={`absolute inset-0 grid place-items-center p-3 text-center text-xs ${muted}`}
            >
              {t.add.previewUnavailable}
            </p>
          )}
        </div>

        <div className="min-w-0 space-y-4">
          <div className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <h2 className="truncate text-base font-medium" data-testid="item-title">
                {title}
              </h2>
              <p className={`truncate text-xs ${muted}`} title={item.name}>
                {item.name}
              </p>
            </div>
            {item.stage !== 'saving' ? (
              <button
                type="button"
                className={`${btn.ghost} ${btn.small} -mt-1 -mr-2`}
                onClick={onRemove}
                aria-label={t.add.removeItem(item.name)}
              >
                <Icon name="close" className="size-4" />
              </button>
            ) : null}
          </div>

          {busy ? (
            <div className="space-y-2">
              <ProgressBar value={item.progress} label={t.add.uploadProgress(item.name)} />
              <p className={`text-xs ${muted}`} role="status">
                {item.stage === 'saving'
                  ? t.add.savingPhoto
                  : item.progress >= 1
                    ? t.add.classifying
                    : `${t.add.uploading} ${t.common.percent(item.progress)}`}
              </p>
            </div>
          ) : null}

          {item.stage === 'rejected' ? <InlineError error={item.error} /> : null}

          {item.stage === 'saved' && item.garment ? (
            <p
              className="flex items-center gap-2 text-sm text-emerald-800 dark:text-emerald-300"
              role="status"
            >
              <Icon name="check" className="size-4" />
              {t.add.savedTo}
              <Link
                to={`/garments/${item.garment._id}`}
                className="font-medium underline underline-offset-2"
              >
                {t.add.view}
              </Link>
            </p>
          ) : null}

          {item.stage === 'review' ||
          (item.stage === 'saving' && Object.keys(item.results).length) ? (
            <>
              {doubt.length ? (
                <DoubtNote item={item} doubt={doubt} onConfirm={onConfirm} onDiscard={onRemove} />
              ) : null}
              {manual ? (
                <div
                  className="rounded-xl bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100"
                  role="note"
                >
                  {/* Offline, saving cannot work either: say so rather than "you can still save it". */}
                  <p className="font-medium">{offline ? t.add.offlineTitle : t.add.manualTitle}</p>
                  <p className="mt-0.5">{offline ? t.add.offlineBody : t.add.manualBody}</p>
                  {offline
                    ? null
                    : (() => {
                        const first = Object.values(item.results).find((r) => r && !r.ok);
                        const detail =
                          first && !first.ok ? friendlyError(first.error, t).detail : undefined;
                        return detail ? (
                          <p className="mt-1 text-xs opacity-75">{t.errors.detail(detail)}</p>
                        ) : null;
                      })()}
                </div>
              ) : (
                <div>
                  <h3 className="mb-2 text-sm font-medium">{t.add.resultsTitle}</h3>
                  <ModelResults
                    results={item.results}
                    chosen={c}
                    onPick={(cls, top) =>
                      onChoose(
                        top && top.clase_nombre !== cls.clase_nombre
                          ? {
                              ...manualClass(item, top.clase_nombre),
                              confianza: top.confianza,
                              modelo: cls.model,
                            }
                          : choiceFrom(cls),
                        Boolean(top && top.clase_nombre !== cls.clase_nombre),
                      )
                    }
                  />
                </div>
              )}

              <fieldset className="space-y-3" disabled={item.stage === 'saving'}>
                <legend className="mb-2 text-sm font-medium">{t.add.yourChoice}</legend>
                <GarmentFieldsEditor
                  draft={{
                    ...item.extra,
                    ...(c.clase_nombre ? { clase_nombre: c.clase_nombre } : {}),
                    ...(c.tipo ? { tipo: c.tipo } : {}),
                    ...(c.color ? { color: c.color } : {}),
                    ...(c.color_hex ? { color_hex: c.color_hex } : {}),
                    ocasion: item.ocasion,
                  }}
                  onChange={onFields}
                  fields={CARD_FIELDS}
                  more
                />
              </fieldset>

              <InlineError error={item.error} />
              <div className="flex flex-wrap items-center gap-3">
                <button
                  type="button"
                  className={btn.primary}
                  onClick={onSave}
                  disabled={!isReady(item)}
                >
                  {item.stage === 'saving' ? t.common.saving : t.add.saveGarment}
                </button>
                {!isReady(item) && item.stage === 'review' ? (
                  <p className={`text-xs ${muted}`}>{t.add.needClassAndColor}</p>
                ) : null}
              </div>
            </>
          ) : null}
        </div>
      </div>
    </li>
  );
}
