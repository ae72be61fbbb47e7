/** The wardrobe: every garment as a thumbnail, with filters, search, counts and multi-select. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent as ReactMouseEvent } from 'react';
import type { Garment } from '@fashion/core';
import { CLASS_NAMES, COLOR_NAMES, OCASIONES, TIPOS } from '@fashion/core';
import { useT } from '../../i18n/i18n.tsx';
import type { Dict } from '../../i18n/en.ts';
import { Link } from '../../router/router.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { EmptyState, ErrorState } from '../../components/States.tsx';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { ColorSwatch } from '../../components/ColorSwatch.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, focusRing, input, muted, pageTitle } from '../../components/ui.ts';
import { garmentName } from '../../lib/vocab.ts';
import { countBy, isFiltering, NO_FILTER } from './filters.ts';
import { useWardrobe } from './use-wardrobe.ts';
import { BatchBar } from './BatchBar.tsx';
import { FactChips } from './FactChips.tsx';
import { VirtualGrid } from './VirtualGrid.tsx';
import { EMPTY_SELECTION, prune, selectAll, selectRange, toggle } from './selection.ts';
import type { Selection } from './selection.ts';
import type { WardrobeFilter } from './filters.ts';
import { GarmentCategoryChip } from '../categories/GarmentCategory.tsx';
import { useCategories } from '../categories/api.ts';

export default function WardrobePage() {
  const t = useT();
  usePageTitle(t.wardrobe.title);
  const [filter, setFilter] = useState<WardrobeFilter>(NO_FILTER);
  const { garments, list, pool, complete, shown, searching, local, counts, more } = useWardrobe(
    filter,
    t,
  );
  const [selecting, setSelecting] = useState(false);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const shownIds = useMemo(() => shown.map((g) => g._id), [shown]);
  // A deleted (or archived, or restored) garment leaves the selection.
  useEffect(() => {
    if (searching) return;
    setSelection((s) => prune(s, [...pool.map((g) => g._id), ...shownIds]));
  }, [pool, shownIds, searching]);
  const pick = (id: string, range: boolean) => {
    setSelecting(true);
    setSelection((s) => (range ? selectRange(s, shownIds, id) : toggle(s, id)));
  };
  const stopSelecting = () => {
    setSelecting(false);
    setSelection(EMPTY_SELECTION);
  };

  return (
    <section aria-labelledby="wardrobe-title">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="wardrobe-title" className={pageTitle}>
            {t.wardrobe.title}
          </h1>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 text-sm">
            {list?.length ? (
              <p className={muted} aria-live="polite" data-testid="wardrobe-count">
                {t.wardrobe.count(counts.shown, counts.total)}
              </p>
            ) : null}
            <Link
              to="/insights"
              className={`inline-flex items-center gap-1 font-medium text-accent-700 underline-offset-2 hover:underline dark:text-accent-400 ${focusRing}`}
            >
              <Icon name="model" className="size-3.5" />
              {t.insights.link}
            </Link>
          </div>
        </div>
        {list?.length ? (
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={btn.secondary}
              aria-pressed={selecting}
              onClick={() => (selecting ? stopSelecting() : setSelecting(true))}
            >
              {selecting ? t.batch.done : t.batch.select}
            </button>
            {list.some((g) => !g.confirmado) ? (
              <Link to="/review" className={btn.secondary}>
                {t.review.title}
              </Link>
            ) : null}
            <Link to="/add" className={btn.primary}>
              <Icon name="add" className="size-4" />
              {t.wardrobe.addMore}
            </Link>
          </div>
        ) : null}
      </div>

      {garments.isPending ? (
        <SkeletonGrid />
      ) : garments.isError ? (
        <ErrorState error={garments.error} onRetry={() => void garments.refetch()} />
      ) : !list?.length ? (
        <EmptyState
          icon={<Icon name="camera" className="size-10" />}
          title={t.wardrobe.emptyTitle}
          body={t.wardrobe.emptyBody}
          action={
            <Link to="/add" className={btn.accent}>
              {t.wardrobe.emptyAction}
            </Link>
          }
        />
      ) : (
        <>
          <FilterBar list={pool} complete={complete} filter={filter} onChange={setFilter} t={t} />
          {local ? (
            <p className={`mb-4 text-sm ${muted}`} role="status" data-testid="wardrobe-local">
              {t.wardrobeFilters.offline(shown.length)}
            </p>
          ) : null}
          {searching ? (
            <SkeletonGrid />
          ) : shown.length === 0 ? (
            <EmptyState
              title={t.wardrobe.noMatchTitle}
              body={t.wardrobe.noMatchBody}
              action={
                <button
                  type="button"
                  className={btn.secondary}
                  onClick={() => setFilter(NO_FILTER)}
                >
                  {t.wardrobe.clear}
                </button>
              }
            />
          ) : (
            <GarmentGrid
              list={shown}
              t={t}
              selecting={selecting}
              selected={selection.ids}
              onPick={pick}
              onEnd={more}
            />
          )}
          {selecting ? (
            <BatchBar
              ids={[...selection.ids]}
              shownCount={shown.length}
              archived={filter.archivadas}
              onSelectAll={() => setSelection((s) => selectAll(s, shownIds))}
              onClear={() => setSelection(EMPTY_SELECTION)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

function FilterBar({
  list,
  complete,
  filter,
  onChange,
  t,
}: {
  list: readonly Garment[];
  /** Every garment of the view is loaded: counts beside the options are exact. */
  complete: boolean;
  filter: WardrobeFilter;
  onChange: (f: WardrobeFilter) => void;
  t: Dict;
}) {
  const counts = useMemo(
    // Counting needs every garment; skipped while only some pages are here.
    () => ({
      tipo: countBy(list, filter, t, 'tipo'),
      clase: countBy(list, filter, t, 'clase'),
      color: countBy(list, filter, t, 'color'),
      ocasion: countBy(list, filter, t, 'ocasion'),
      categoria: countBy(list, filter, t, 'categoria'),
    }),
    [list, filter, t],
  );
  const set = <K extends keyof WardrobeFilter>(k: K, v: WardrobeFilter[K]) =>
    onChange({ ...filter, [k]: v });
  const opt = (key: keyof typeof counts, value: string, label: string) => {
    // With only some pages loaded the numbers would be guesses (the server filters): the
    // options then carry none, and every one stays choosable.
    if (!complete) {
      return (
        <option key={value} value={value}>
          {label}
        </option>
      );
    }
    const n = counts[key].get(value) ?? 0;
    return (
      <option key={value} value={value} disabled={n === 0 && filter[key] !== value}>
        {`${label} (${n})`}
      </option>
    );
  };
  const select = `${input} appearance-auto`;
  const categories = useCategories();
  return (
    <div className="mb-6 space-y-3" role="search" aria-label={t.wardrobe.filters}>
      <label className="relative block">
        <span className="sr-only">{t.wardrobe.search}</span>
        <Icon
          name="search"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-stone-400"
        />
        <input
          type="search"
          value={filter.search}
          onChange={(e) => set('search', e.target.value)}
          placeholder={t.wardrobe.searchPlaceholder}
          className={`${input} pl-9`}
        />
      </label>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <label>
          <span className="sr-only">{t.common.type}</span>
          <select
            className={select}
            value={filter.tipo}
            onChange={(e) => set('tipo', e.target.value as WardrobeFilter['tipo'])}
          >
            <option value="">{t.wardrobe.allTypes}</option>
            {TIPOS.map((v) => opt('tipo', v, t.tipos[v]))}
          </select>
        </label>
        <label>
          <span className="sr-only">{t.common.class}</span>
          <select
            className={select}
            value={filter.clase}
            onChange={(e) => set('clase', e.target.value as WardrobeFilter['clase'])}
          >
            <option value="">{t.wardrobe.allClasses}</option>
            {CLASS_NAMES.map((v) => opt('clase', v, t.classes[v]))}
          </select>
        </label>
        <label>
          <span className="sr-only">{t.common.color}</span>
          <select
            className={select}
            value={filter.color}
            onChange={(e) => set('color', e.target.value as WardrobeFilter['color'])}
          >
            <option value="">{t.wardrobe.allColors}</option>
            {COLOR_NAMES.map((v) => opt('color', v, t.colors[v]))}
          </select>
        </label>
        <label>
          <span className="sr-only">{t.common.occasion}</span>
          <select
            className={select}
            value={filter.ocasion}
            onChange={(e) => set('ocasion', e.target.value as WardrobeFilter['ocasion'])}
          >
            <option value="">{t.wardrobe.allOccasions}</option>
            {OCASIONES.map((v) => opt('ocasion', v, t.ocasiones[v]))}
          </select>
        </label>
        {categories.data?.length ? (
          <label>
            <span className="sr-only">{t.wardrobe.category}</span>
            <select
              className={select}
              value={filter.categoria}
              onChange={(e) => set('categoria', e.target.value)}
            >
              <option value="">{t.wardrobe.allCategories}</option>
              {categories.data.map((c) =>
                opt('categoria', c._id, `${c.icono ?? ''} ${c.nombre}`.trim()),
              )}
            </select>
          </label>
        ) : null}
      </div>
      <FactChips filter={filter} onChange={onChange} />
      {isFiltering(filter) ? (
        <button
          type="button"
          className={`${btn.ghost} ${btn.small}`}
          onClick={() => onChange(NO_FILTER)}
        >
          <Icon name="close" className="size-3.5" />
          {t.wardrobe.clear}
        </button>
      ) : null}
    </div>
  );
}

interface GridProps {
  list: readonly Garment[];
  t: Dict;
  selecting: boolean;
  selected: ReadonlySet<string>;
  onPick: (id: string, range: boolean) => void;
  onEnd: () => void;
}

function GarmentGrid({ list, t, selecting, selected, onPick, onEnd }: GridProps) {
  return (
    <VirtualGrid
      items={list}
      keyOf={(g) => g._id}
      label={t.wardrobe.title}
      onEnd={onEnd}
      render={(g) => (
        <GarmentCard
          g={g}
          t={t}
          selecting={selecting}
          selected={selected.has(g._id)}
          onPick={onPick}
        />
      )}
    />
  );
}

/** Holding a card this long on a touch screen starts selecting, as phone galleries do. */
const LONG_PRESS_MS = 500;

function useLongPress(onLongPress: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const fired = useRef(false);
  const cancel = () => clearTimeout(timer.current);
  return {
    fired,
    handlers: {
      onPointerDown: (e: { pointerType: string }) => {
        fired.current = false;
        if (e.pointerType === 'mouse') return;
        timer.current = setTimeout(() => {
          fired.current = true;
          onLongPress();
        }, LONG_PRESS_MS);
      },
      onPointerUp: cancel,
      onPointerLeave: cancel,
      onPointerCancel: cancel,
      onContextMenu: (e: ReactMouseEvent) => {
        if (fired.current) e.preventDefault();
      },
    },
  };
}

/** Below this model confidence an unconfirmed garment is flagged (the recommender's trust cut). */
const UNSURE_BELOW = 0.6;

function GarmentCard({
  g,
  t,
  selecting,
  selected,
  onPick,
}: {
  g: Garment;
  t: Dict;
  selecting: boolean;
  selected: boolean;
  onPick: (id: string, range: boolean) => void;
}) {
  const press = useLongPress(() => onPick(g._id, false));
  const frame = `group relative flex h-full w-full flex-col overflow-hidden rounded-2xl border bg-white text-left transition-shadow hover:shadow-md dark:bg-stone-900 ${focusRing} ${
    selected
      ? 'border-stone-900 ring-2 ring-stone-900 dark:border-stone-100 dark:ring-stone-100'
      : 'border-stone-200 dark:border-stone-800'
  }`;
  if (selecting)
    return (
      <button
        type="button"
        aria-pressed={selected}
        aria-label={t.batch.selectGarment(garmentName(g, t))}
        className={frame}
        data-testid="garment-card"
        onClick={(e) => onPick(g._id, e.shiftKey)}
      >
        <span
          aria-hidden="true"
          className={`absolute top-2 right-2 z-10 grid size-6 place-items-center rounded-full border-2 ${
            selected
              ? 'border-stone-900 bg-stone-900 text-white'
              : 'border-white bg-white/70 text-transparent'
          }`}
        >
          <Icon name="check" className="size-4" />
        </span>
        <CardBody g={g} t={t} />
      </button>
    );
  return (
    <Link
      to={`/garments/${g._id}`}
      title={garmentName(g, t)}
      className={frame}
      data-testid="garment-card"
      {...press.handlers}
      onClick={(e: ReactMouseEvent) => {
        // A long press selected it: the release is not a tap on the link.
        if (press.fired.current) e.preventDefault();
      }}
    >
      <CardBody g={g} t={t} />
    </Link>
  );
}

function CardBody({ g, t }: { g: Garment; t: Dict }) {
  return (
    <>
      {/* The caption below names the garment; the photo adds nothing for a screen reader. */}
      <div className="relative shrink-0">
        <GarmentImage garment={g} alt="" className="aspect-[3/4] bg-white dark:bg-stone-800" />
        {/* Low-confidence guesses nobody confirmed weigh less in outfits: invite a check. */}
        {!g.confirmado && g.confianza < UNSURE_BELOW ? (
          <span className="absolute top-2 left-2 rounded-full bg-amber-100/95 px-2 py-0.5 text-[10px] font-medium text-amber-900">
            {t.wardrobe.unconfirmed}
          </span>
        ) : null}
      </div>
      <div className="flex min-h-0 flex-1 items-center gap-2 border-t border-stone-100 px-3 py-2.5 dark:border-stone-800">
        <ColorSwatch color={g.color} hex={g.color_hex} />
        <div className="min-w-0">
          <p className="truncate text-sm font-medium">{t.classes[g.clase_nombre]}</p>
          <p className={`truncate text-xs ${muted}`}>
            {t.colors[g.color]}
            {g.ocasion.length ? ` · ${g.ocasion.map((o) => t.ocasiones[o]).join(', ')}` : ''}
          </p>
          <GarmentCategoryChip id={g.categoria_id} />
        </div>
      </div>
    </>
  );
}

function SkeletonGrid() {
  const t = useT();
  return (
    <div role="status" aria-label={t.common.loading}>
      <ul
        className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 md:grid-cols-4 lg:grid-cols-5"
        aria-hidden="true"
      >
        {Array.from({ length: 10 }, (_, i) => (
          <li
            key={i}
            className="aspect-[3/4] animate-pulse rounded-2xl bg-stone-200/70 dark:bg-stone-800"
          />
        ))}
      </ul>
    </div>
  );
}
