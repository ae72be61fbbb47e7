/**
 * Review what was added (a bulk upload saves each photo as the model saw it): unconfirmed and
 * least certain first; select many and set their garment or type, or confirm them as they are —
 * one batch call each time.
 */
import { useMemo, useState } from 'react';
import { CLASS_NAMES, TIPOS } from '@fashion/core';
import type { ClassName, Garment, Tipo } from '@fashion/core';
import { useGarments } from '../../api/garments.ts';
import { useBatchGarments } from '../../api/batch.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Dict } from '../../i18n/en.ts';
import { Link } from '../../router/router.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { EmptyState, ErrorState, InlineError, Loading } from '../../components/States.tsx';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, card, input, muted, pageTitle } from '../../components/ui.ts';
import { garmentName } from '../../lib/vocab.ts';
import { EMPTY_SELECTION, selectAll, selectRange, toggle } from '../wardrobe/selection.ts';
import type { Selection } from '../wardrobe/selection.ts';
import { reviewOrder } from './review-order.ts';

export default function ReviewPage() {
  const t = useT();
  usePageTitle(t.review.title);
  const garments = useGarments();
  const [withConfirmed, setWithConfirmed] = useState(false);
  const [sel, setSel] = useState<Selection>(EMPTY_SELECTION);
  const list = useMemo(
    () => (garments.data ? reviewOrder(garments.data, withConfirmed) : []),
    [garments.data, withConfirmed],
  );
  const ids = useMemo(() => list.map((g) => g._id), [list]);
  const chosen = ids.filter((id) => sel.ids.has(id));

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title" className={pageTitle}>
        {t.review.title}
      </h1>
      <p className={`mt-2 max-w-2xl ${muted}`}>{t.review.intro}</p>
      <label className="mt-4 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={withConfirmed}
          onChange={(e) => setWithConfirmed(e.target.checked)}
        />
        {t.review.showConfirmed}
      </label>
      {garments.isPending ? (
        <Loading />
      ) : garments.isError ? (
        <ErrorState error={garments.error} onRetry={() => void garments.refetch()} />
      ) : !list.length ? (
        <EmptyState title={t.review.empty} />
      ) : (
        <>
          <Actions
            ids={chosen}
            shown={ids.length}
            onAll={() => setSel((s) => selectAll(s, ids))}
            onDone={() => setSel(EMPTY_SELECTION)}
          />
          <ul className="mt-4 space-y-2" aria-label={t.review.title} data-testid="review-list">
            {list.map((g) => (
              <Row
                key={g._id}
                g={g}
                t={t}
                selected={sel.ids.has(g._id)}
                onPick={(range) =>
                  setSel((s) => (range ? selectRange(s, ids, g._id) : toggle(s, g._id)))
                }
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Row({
  g,
  t,
  selected,
  onPick,
}: {
  g: Garment;
  t: Dict;
  selected: boolean;
  onPick: (range: boolean) => void;
}) {
  const name = garmentName(g, t);
  return (
    <li
      className={`${card} flex items-center gap-3 p-2 pr-4`}
      data-testid="review-row"
      data-confirmed={g.confirmado ? 'true' : 'false'}
    >
      <input
        type="checkbox"
        className="ml-2 size-5"
        aria-label={t.batch.selectGarment(name)}
        checked={selected}
        onChange={() => {}}
        onClick={(e) => onPick(e.shiftKey)}
      />
      <GarmentImage garment={g} alt="" className="aspect-[3/4] w-14 shrink-0 rounded-lg" />
      <div className="min-w-0 flex-1">
        <Link to={`/garments/${g._id}`} className="block truncate font-medium hover:underline">
          {name}
        </Link>
        <p className={`text-xs ${muted}`}>
          {t.tipos[g.tipo]} · {t.review.sure(t.common.percent(g.confianza))}
        </p>
      </div>
      <span
        className={`rounded-full px-2 py-0.5 text-xs ${
          g.confirmado
            ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200'
            : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100'
        }`}
      >
        {g.confirmado ? t.review.confirmedBadge : t.review.unconfirmed}
      </span>
    </li>
  );
}

function Actions({
  ids,
  shown,
  onAll,
  onDone,
}: {
  ids: string[];
  shown: number;
  onAll: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const batch = useBatchGarments();
  const [clase, setClase] = useState<ClassName | ''>('');
  const [tipo, setTipo] = useState<Tipo | ''>('');
  const run = (set: Record<string, unknown>) =>
    batch.mutate(
      { ids, set },
      {
        onSuccess: () => {
          toast.show(t.review.confirmed(ids.length));
          onDone();
        },
      },
    );
  return (
    <div
      className={`${card} sticky top-2 z-10 mt-4 flex flex-wrap items-center gap-2 p-3`}
      role="region"
      aria-label={t.batch.actions}
    >
      <p className="mr-2 text-sm font-medium">{t.batch.selected(ids.length)}</p>
      <button type="button" className={`${btn.ghost} ${btn.small}`} onClick={onAll}>
        {t.batch.selectAll(shown)}
      </button>
      <button
        type="button"
        className={`${btn.primary} ${btn.small}`}
        disabled={!ids.length || batch.isPending}
        onClick={() => run({ confirmado: true })}
      >
        {t.review.confirmSelected(ids.length)}
      </button>
      <label className="flex items-center gap-1">
        <span className="sr-only">{t.common.class}</span>
        <select
          className={`${input} w-auto py-1.5`}
          value={clase}
          onChange={(e) => setClase(e.target.value as ClassName | '')}
        >
          <option value="">{t.common.chooseOne}</option>
          {CLASS_NAMES.map((c) => (
            <option key={c} value={c}>
              {t.classes[c]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={`${btn.secondary} ${btn.small}`}
        disabled={!ids.length || !clase || batch.isPending}
        // Stating the class confirms it (as a correction on the garment page does).
        onClick={() => clase && run({ clase_nombre: clase })}
      >
        {t.review.setClass}
      </button>
      <label className="flex items-center gap-1">
        <span className="sr-only">{t.common.type}</span>
        <select
          className={`${input} w-auto py-1.5`}
          value={tipo}
          onChange={(e) => setTipo(e.target.value as Tipo | '')}
        >
          <option value="">{t.common.chooseOne}</option>
          {TIPOS.map((v) => (
            <option key={v} value={v}>
              {t.tipos[v]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={`${btn.secondary} ${btn.small}`}
        disabled={!ids.length || !tipo || batch.isPending}
        onClick={() => tipo && run({ tipo, confirmado: true })}
      >
        {t.review.setType}
      </button>
      {batch.isError ? (
        <div className="w-full">
          <p className="text-sm text-red-700 dark:text-red-400" role="alert">
            {t.batch.failed}
          </p>
          <InlineError error={batch.error} />
        </div>
      ) : null}
    </div>
  );
}
