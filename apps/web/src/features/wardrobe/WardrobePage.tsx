/** The wardrobe: every garment as a thumbnail, with filters, search and counts. */
import { useDeferredValue, useMemo, useState } from 'react';
import type { Garment } from '@fashion/core';
import { CLASS_NAMES, COLOR_NAMES, OCASIONES, TIPOS } from '@fashion/core';
import { useGarments } from '../../api/garments.ts';
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
import { applyFilter, countBy, isFiltering, NO_FILTER } from './filters.ts';
import type { WardrobeFilter } from './filters.ts';

export default function WardrobePage() {
  const t = useT();
  usePageTitle(t.wardrobe.title);
  const garments = useGarments();
  const [filter, setFilter] = useState<WardrobeFilter>(NO_FILTER);
  // Typing stays instant; the grid catches up a frame later when the list is long.
  const deferred = useDeferredValue(filter);
  const list = garments.data;
  const shown = useMemo(() => (list ? applyFilter(list, deferred, t) : []), [list, deferred, t]);

  return (
    <section aria-labelledby="wardrobe-title">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="wardrobe-title" className={pageTitle}>
            {t.wardrobe.title}
          </h1>
          {list?.length ? (
            <p className={`mt-1 text-sm ${muted}`} aria-live="polite" data-testid="wardrobe-count">
              {t.wardrobe.count(shown.length, list.length)}
            </p>
          ) : null}
        </div>
        {list?.length ? (
          <Link to="/add" className={btn.primary}>
            <Icon name="add" className="size-4" />
            {t.wardrobe.addMore}
          </Link>
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
          <FilterBar list={list} filter={filter} onChange={setFilter} t={t} />
          {shown.length === 0 ? (
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
            <GarmentGrid list={shown} t={t} />
          )}
        </>
      )}
    </section>
  );
}

function FilterBar({
  list,
  filter,
  onChange,
  t,
}: {
  list: Garment[];
  filter: WardrobeFilter;
  onChange: (f: WardrobeFilter) => void;
  t: Dict;
}) {
  const counts = useMemo(
    () => ({
      tipo: countBy(list, filter, t, 'tipo'),
      clase: countBy(list, filter, t, 'clase'),
      color: countBy(list, filter, t, 'color'),
      ocasion: countBy(list, filter, t, 'ocasion'),
    }),
    [list, filter, t],
  );
  const set = <K extends keyof WardrobeFilter>(k: K, v: WardrobeFilter[K]) =>
    onChange({ ...filter, [k]: v });
  const opt = (key: keyof typeof counts, value: string, label: string) => {
    const n = counts[key].get(value) ?? 0;
    return (
      <option key={value} value={value} disabled={n === 0 && filter[key] !== value}>
        {`${label} (${n})`}
      </option>
    );
  };
  const select = `${input} appearance-auto`;
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
      </div>
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

function GarmentGrid({ list, t }: { list: Garment[]; t: Dict }) {
  return (
    <ul
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 md:grid-cols-4 lg:grid-cols-5"
      aria-label={t.wardrobe.title}
    >
      {list.map((g) => (
        <li key={g._id} className="[content-visibility:auto] [contain-intrinsic-size:auto_320px]">
          <GarmentCard g={g} t={t} />
        </li>
      ))}
    </ul>
  );
}

/** Below this model confidence an unconfirmed garment is flagged (the recommender's trust cut). */
const UNSURE_BELOW = 0.6;

function GarmentCard({ g, t }: { g: Garment; t: Dict }) {
  return (
    <Link
      to={`/garments/${g._id}`}
      title={garmentName(g, t)}
      className={`group block overflow-hidden rounded-2xl border border-stone-200 bg-white transition-shadow hover:shadow-md dark:border-stone-800 dark:bg-stone-900 ${focusRing}`}
    >
      {/* The caption below names the garment; the photo adds nothing for a screen reader. */}
      <div className="relative">
        <GarmentImage garment={g} alt="" className="aspect-[3/4] bg-white dark:bg-stone-800" />
        {/* Low-confidence guesses nobody confirmed weigh less in outfits: invite a check. */}
        {!g.confirmado && g.confianza < UNSURE_BELOW ? (
          <span className="absolute top-2 left-2 rounded-full bg-amber-100/95 px-2 py-0.5 text-[10px] font-medium text-amber-900">
            {t.wardrobe.unconfirmed}
          </span>
        ) : null}
      </div>
      <div className="flex items-center gap-2 border-t border-stone-100 px-3 py-2.5 dark:border-stone-800">
        <ColorSwatch color={g.color} hex={g.color_hex} />
        <div className="min-w-0">
          <p className="truncate text-sm font-medium">{t.classes[g.clase_nombre]}</p>
          <p className={`truncate text-xs ${muted}`}>
            {t.colors[g.color]}
            {g.ocasion.length ? ` · ${g.ocasion.map((o) => t.ocasiones[o]).join(', ')}` : ''}
          </p>
        </div>
      </div>
    </Link>
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
