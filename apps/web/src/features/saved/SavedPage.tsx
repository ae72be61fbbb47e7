/** Saved outfits: newest first, each openable and deletable. */
import { useMemo, useState } from 'react';
import type { Outfit } from '@fashion/core';
import { useOutfits } from '../../api/outfits.ts';
import { isPendingId } from '../../api/pending.ts';
import { useGarments } from '../../api/garments.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { outfitSubtitle, outfitTitle } from './outfit-name.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link } from '../../router/router.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/States.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, muted, pageTitle } from '../../components/ui.ts';
import { OutfitCard } from '../outfits/OutfitCard.tsx';
import { DeleteOutfitDialog } from './DeleteOutfitDialog.tsx';
import { indexById, piecesOf } from './pieces.ts';

export default function SavedPage() {
  const { t, lang } = useI18n();
  usePageTitle(t.saved.title);
  const outfits = useOutfits();
  const garments = useGarments();
  const [deleting, setDeleting] = useState<Outfit | null>(null);
  const byId = useMemo(() => indexById(garments.data), [garments.data]);
  const list = useMemo(
    () =>
      [...(outfits.data ?? [])].sort((a, b) => b.fecha_creacion.localeCompare(a.fecha_creacion)),
    [outfits.data],
  );

  // Outfits come with their garments; the wardrobe list only fills in for older answers.
  const pending = outfits.isPending;
  const error = outfits.error;

  return (
    <section aria-labelledby="saved-title">
      <h1 id="saved-title" className={`${pageTitle} mb-6`}>
        {t.saved.title}
      </h1>
      {pending ? (
        <Loading />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void outfits.refetch()} />
      ) : !list.length ? (
        <EmptyState
          icon={<Icon name="saved" className="size-10" />}
          title={t.saved.emptyTitle}
          body={t.saved.emptyBody}
          action={
            <Link to="/outfits" className={btn.accent}>
              {t.saved.emptyAction}
            </Link>
          }
        />
      ) : (
        <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {list.map((o) => {
            const { pieces } = piecesOf(o, byId);
            const title = outfitTitle(o, t, lang);
            return (
              <li key={o._id}>
                <OutfitCard
                  title={title}
                  subtitle={outfitSubtitle(o, t, lang)}
                  pieces={pieces}
                  puntuacion={o.puntuacion}
                  headingLevel="h2"
                  actions={
                    isPendingId(o._id) ? (
                      // Saved offline: no id to open or delete it by until it is sent.
                      <p className={`text-sm ${muted}`}>{t.offline.pendingItem}</p>
                    ) : (
                      <>
                        <Link
                          to={`/saved/${o._id}`}
                          className={`${btn.secondary} ${btn.small}`}
                          aria-label={`${t.saved.open}: ${title}`}
                        >
                          {t.saved.open}
                        </Link>
                        <button
                          type="button"
                          className={`${btn.ghost} ${btn.small} text-red-700 dark:text-red-400`}
                          onClick={() => setDeleting(o)}
                          aria-label={`${t.common.delete}: ${title}`}
                        >
                          <Icon name="trash" className="size-4" />
                          {t.common.delete}
                        </button>
                      </>
                    )
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      <DeleteOutfitDialog outfitId={deleting?._id ?? null} onClose={() => setDeleting(null)} />
    </section>
  );
}
