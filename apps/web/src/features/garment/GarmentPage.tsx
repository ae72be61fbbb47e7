/** One garment: large photo, occasions, class/type/colour correction, delete. */
import { useState } from 'react';
import { WoreTodayButton } from '../calendar/WoreTodayButton.tsx';
import { DEFAULT_CALIDEZ, suggestTemporadas } from '@fashion/core';
import type { Garment, Ocasion } from '@fashion/core';
import {
  useDeleteGarment,
  useGarment,
  useSetOcasion,
  useUpdateGarment,
} from '../../api/garments.ts';
import { waitsOffline } from '../../api/offline-queue.ts';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { Link, navigate } from '../../router/router.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { ErrorState, InlineError, Loading } from '../../components/States.tsx';
import { GarmentImage, showsCutout } from '../../components/GarmentImage.tsx';
import { CutoutSwitch } from './CutoutSwitch.tsx';
import { TouchUpEditor } from './touchup/TouchUpEditor.tsx';
import { ColorSwatch } from '../../components/ColorSwatch.tsx';
import { ToggleChips } from '../../components/Chips.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useToast } from '../../components/Toast.tsx';
import { useSettledToast } from '../../lib/use-settled-toast.ts';
import { Icon } from '../../components/Icon.tsx';
import { btn, card, muted, pageTitle } from '../../components/ui.ts';
import { GarmentFieldsEditor } from '../garment-fields/GarmentFieldsEditor.tsx';
import { applyPatch, draftOf, patchBetween } from '../garment-fields/draft.ts';
import type { Draft } from '../garment-fields/types.ts';
import { GarmentColours } from './GarmentColours.tsx';
import { GarmentFacts } from './GarmentFacts.tsx';
import { garmentName, ocasionOptions } from '../../lib/vocab.ts';
import { GarmentCategory } from '../categories/GarmentCategory.tsx';

export default function GarmentPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const id = params.id ?? '';
  const garment = useGarment(id);
  usePageTitle(garment.data ? garmentName(garment.data, t) : t.garment.title);

  return (
    <div>
      <Link to="/wardrobe" className={`${btn.ghost} ${btn.small} -ml-3 mb-4`}>
        <Icon name="back" className="size-4" />
        {t.nav.wardrobe}
      </Link>
      {garment.isPending ? (
        <Loading />
      ) : garment.isError ? (
        <ErrorState error={garment.error} onRetry={() => void garment.refetch()} />
      ) : (
        <GarmentView g={garment.data} />
      )}
    </div>
  );
}

function GarmentView({ g }: { g: Garment }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const name = garmentName(g, t);
  const setOcasion = useSetOcasion(g._id);
  const remove = useDeleteGarment();
  const [ocasion, setLocalOcasion] = useState<Ocasion[]>(g.ocasion);
  const [confirming, setConfirming] = useState(false);
  const [touchingUp, setTouchingUp] = useState(false);

  const onOcasion = (next: Ocasion[]) => {
    setLocalOcasion(next);
    setOcasion.mutate(next, {
      onSuccess: () => toast.show(t.garment.occasionsSaved),
      onError: () => setLocalOcasion(g.ocasion),
    });
  };

  const onDelete = () => {
    const done = () => {
      setConfirming(false);
      toast.show(t.garment.deleted);
      navigate('/wardrobe', { replace: true });
    };
    // Offline the delete waits in the queue (the wardrobe already leaves the garment out).
    if (waitsOffline()) return void (remove.mutate(g._id), done());
    remove.mutate(g._id, { onSuccess: done });
  };

  return (
    <article className="grid gap-8 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className={`${card} self-start overflow-hidden`}>
        {touchingUp ? (
          <TouchUpEditor g={g} onDone={() => setTouchingUp(false)} />
        ) : (
          <>
            <GarmentImage
              garment={g}
              alt={t.garment.photoOf(name)}
              size="full"
              eager
              fit="contain"
              className="aspect-[3/4] bg-white dark:bg-stone-800"
            />
            <CutoutSwitch g={g} />
            {showsCutout(g) ? (
              <div className="px-4 pb-4">
                <button
                  type="button"
                  className={`${btn.secondary} ${btn.small}`}
                  onClick={() => setTouchingUp(true)}
                >
                  {t.touchup.open}
                </button>
              </div>
            ) : null}
          </>
        )}
      </div>
      <div className="space-y-8">
        <header>
          <h1 className={pageTitle}>{t.classes[g.clase_nombre]}</h1>
          <p className={`mt-2 flex items-center gap-2 ${muted}`}>
            <ColorSwatch color={g.color} hex={g.color_hex} />
            {t.colors[g.color]}
            {/* "Shoes · Shoes" says nothing twice: the type only where it adds something. */}
            {t.tipos[g.tipo] !== t.classes[g.clase_nombre] ? ` · ${t.tipos[g.tipo]}` : null}
          </p>
          <p className={`mt-1 text-sm ${muted}`}>
            {t.common.addedOn(formatDate(g.fecha_agregada, lang))}
            {g.ultimo_uso ? `, ${t.common.lastWorn(formatDate(g.ultimo_uso, lang))}` : null}
            {' · '}
            {g.confirmado
              ? t.garment.confirmed
              : t.garment.recognisedBy(
                  g.modelo === 'vit'
                    ? t.models.vit
                    : g.modelo === 'cnn'
                      ? t.models.cnn
                      : (g.modelo ?? '—'),
                  t.common.percent(g.confianza),
                )}
          </p>
          {g.confirmado ? null : <ConfirmGarment g={g} />}
          <div className="mt-4">
            <WoreTodayButton
              what={{ prenda_ids: [g._id] }}
              label={t.calendar.woreToday}
              done={t.calendar.woreTodayDone}
            />
          </div>
        </header>

        <GarmentColours g={g} />

        <section aria-labelledby="occ-title">
          <h2 id="occ-title" className="text-sm font-medium">
            {t.common.occasions}
          </h2>
          <p className={`mb-3 text-xs ${muted}`}>{t.garment.occasionsHint}</p>
          <ToggleChips
            label={t.common.occasions}
            options={ocasionOptions(t)}
            selected={ocasion}
            onChange={onOcasion}
          />
          <div className="mt-2">
            <InlineError error={setOcasion.error} />
          </div>
        </section>

        <GarmentCategory g={g} />

        <DetailsForm key={JSON.stringify(draftOf({ ...g, ocasion: [] }))} g={g} />

        <GarmentFacts g={g} />

        <section className="border-t border-stone-200 pt-6 dark:border-stone-800">
          <button type="button" className={btn.dangerOutline} onClick={() => setConfirming(true)}>
            <Icon name="trash" className="size-4" />
            {t.garment.deleteGarment}
          </button>
        </section>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.garment.deleteTitle}
        body={t.garment.deleteBody}
        confirmLabel={t.common.delete}
        busy={remove.isPending}
        error={remove.error}
        onConfirm={onDelete}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      />
    </article>
  );
}

function DetailsForm({ g }: { g: Garment }) {
  const { t } = useI18n();
  const settled = useSettledToast();
  const update = useUpdateGarment(g._id);
  // Warmth and seasons are what the photo cannot show (sandals or boots, linen or wool): until
  // the person sets them, the class suggests them, which counts as unchanged.
  const ownSeasons = Boolean(g.temporadas?.length);
  const [base] = useState<Draft>(() => ({
    ...draftOf(g),
    calidez: g.calidez ?? DEFAULT_CALIDEZ[g.clase_nombre],
    temporadas: ownSeasons ? g.temporadas : suggestTemporadas(g.clase_nombre),
  }));
  const [draft, setDraft] = useState<Draft>(base);
  const patch = patchBetween(base, draft);
  const dirty = Object.keys(patch).length > 0;

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title" className="mb-3 text-sm font-medium">
        {t.garment.details}
      </h2>
      <GarmentFieldsEditor
        draft={draft}
        onChange={(p) => setDraft((d) => applyPatch(d, p))}
        // Edited by their own controls above: occasions, category picker, cut-out switch.
        omit={['ocasion']}
        hints={{
          ...(g.calidez ? {} : { calidez: t.garment.warmthSuggested }),
          ...(ownSeasons ? {} : { temporadas: t.garment.seasonsSuggested }),
        }}
      />
      <div className="mt-4 flex items-center gap-3">
        <button
          type="button"
          className={btn.primary}
          disabled={!dirty || update.isPending}
          onClick={() => settled(update.mutateAsync(patch), t.garment.changesSaved)}
        >
          {update.isPending ? t.common.saving : t.garment.saveChanges}
        </button>
        <InlineError error={update.error} />
      </div>
    </section>
  );
}

/**
 * "Yes, this is right": an unconfirmed garment (the model's guess) becomes the person's word. The
 * API confirms a garment when its class is stated (PATCH with `clase_nombre`).
 */
function ConfirmGarment({ g }: { g: Garment }) {
  const { t } = useI18n();
  const toast = useToast();
  const update = useUpdateGarment(g._id);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 rounded-xl bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="min-w-0 flex-1">{t.garment.confirmAsk(t.classes[g.clase_nombre])}</p>
      <button
        type="button"
        className={`${btn.secondary} ${btn.small}`}
        disabled={update.isPending}
        onClick={() =>
          update.mutate(
            { clase_nombre: g.clase_nombre },
            { onSuccess: () => toast.show(t.garment.confirmedToast) },
          )
        }
      >
        <Icon name="check" className="size-4" />
        {t.garment.confirm}
      </button>
      <InlineError error={update.error} />
    </div>
  );
}
