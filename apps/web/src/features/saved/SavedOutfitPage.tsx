/** One saved outfit in full: flat-lay, score, reasons, delete. */
import { useMemo, useState } from 'react';
import { useOutfit } from '../../api/outfits.ts';
import { WoreTodayButton } from '../calendar/WoreTodayButton.tsx';
import { useGarments } from '../../api/garments.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { outfitSubtitle, outfitTitle } from './outfit-name.ts';
import { RenameOutfit } from './RenameOutfit.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { Link, navigate } from '../../router/router.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, muted } from '../../components/ui.ts';
import { OutfitCard } from '../outfits/OutfitCard.tsx';
import { DeleteOutfitDialog } from './DeleteOutfitDialog.tsx';
import { OutfitImageActions } from './OutfitImageActions.tsx';
import { indexById, piecesOf } from './pieces.ts';

export default function SavedOutfitPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const outfit = useOutfit(params.id ?? '');
  const garments = useGarments();
  const [confirming, setConfirming] = useState(false);
  const byId = useMemo(() => indexById(garments.data), [garments.data]);
  const o = outfit.data;
  const title = o ? outfitTitle(o, t, lang) : t.saved.title;
  usePageTitle(title);

  return (
    <div className="mx-auto max-w-xl">
      <Link to="/saved" className={`${btn.ghost} ${btn.small} -ml-3 mb-4`}>
        <Icon name="back" className="size-4" />
        {t.saved.backToList}
      </Link>
      {outfit.isPending ? (
        <Loading />
      ) : outfit.isError ? (
        <ErrorState error={outfit.error} onRetry={() => void outfit.refetch()} />
      ) : o ? (
        (() => {
          const { pieces, missing } = piecesOf(o, byId);
          return (
            <>
              <OutfitCard
                title={title}
                subtitle={outfitSubtitle(o, t, lang)}
                pieces={pieces}
                puntuacion={o.puntuacion}
                reasons={o.razones}
                reasonTexts={o.explicaciones}
                headingLevel="h1"
                layout="collage"
                actions={
                  <>
                    <OutfitImageActions outfitId={o._id} title={title} />
                    <RenameOutfit key={o.nombre ?? ''} outfit={o} current={title} />
                    <WoreTodayButton
                      what={{ outfit_id: o._id }}
                      label={t.saved.wore}
                      done={t.saved.woreDone}
                    />
                    <button
                      type="button"
                      className={btn.dangerOutline}
                      onClick={() => setConfirming(true)}
                    >
                      <Icon name="trash" className="size-4" />
                      {t.common.delete}
                    </button>
                  </>
                }
              />
              {missing ? <p className={`mt-3 text-sm ${muted}`}>{t.saved.missingPieces}</p> : null}
            </>
          );
        })()
      ) : null}
      <DeleteOutfitDialog
        outfitId={confirming && o ? o._id : null}
        onClose={() => setConfirming(false)}
        onDeleted={() => navigate('/saved', { replace: true })}
      />
    </div>
  );
}
