/** An outfit: its flat-lay, score and the reasons it works, plus whatever actions the screen offers. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { card, muted } from '../../components/ui.ts';
import { FlatLay } from './FlatLay.tsx';
import { OutfitCollage, suitsCollage } from './OutfitCollage.tsx';
import { WhyItWorks, type ReasonItem } from './WhyItWorks.tsx';
import type { Pieces } from './FlatLay.tsx';

interface Props {
  title: string;
  subtitle?: string;
  pieces: Pieces;
  puntuacion: number;
  /** Reasons as codes (`detalles`, a saved outfit's `razones`), worded in the UI language. */
  reasons?: readonly ReasonItem[] | undefined;
  /** The server's sentences, shown when there are no codes (outfits saved before them). */
  reasonTexts?: readonly string[] | undefined;
  actions?: ReactNode;
  headingLevel?: 'h1' | 'h2' | 'h3';
  /**
   * `auto`: the flat-lay collage when every piece has its cut-out, else the grid of photos;
   * `collage`: always the collage (a saved outfit's page, where it previews the image).
   */
  layout?: 'auto' | 'collage';
}

export function ScoreBadge({ value }: { value: number }) {
  const t = useT();
  const v = Math.round(value);
  return (
    <span
      className="inline-flex items-baseline gap-1 rounded-full bg-accent-50 px-3 py-1 text-accent-800 dark:bg-accent-900/40 dark:text-accent-100"
      aria-label={t.outfits.scoreOf(v)}
    >
      <span className="text-lg font-semibold tabular-nums" data-testid="score">
        {v}
      </span>
      {/* Full colour, no opacity: small text needs 4.5:1 against the tinted badge. */}
      <span className="text-xs tracking-wide" aria-hidden="true">
        /100
      </span>
    </span>
  );
}

export function OutfitCard({
  title,
  subtitle,
  pieces,
  puntuacion,
  reasons,
  reasonTexts,
  actions,
  headingLevel = 'h3',
  layout = 'auto',
}: Props) {
  const t = useT();
  const H = headingLevel;
  return (
    <article
      className={`${card} flex flex-col gap-4 p-4`}
      aria-label={title}
      data-testid="outfit-card"
    >
      <header className="flex items-start justify-between gap-3">
        <div>
          <H className="font-display text-xl">{title}</H>
          {subtitle ? <p className={`text-xs ${muted}`}>{subtitle}</p> : null}
        </div>
        <ScoreBadge value={puntuacion} />
      </header>
      {layout === 'collage' || suitsCollage(pieces) ? (
        <OutfitCollage pieces={pieces} label={t.collage.label(title)} />
      ) : (
        <FlatLay pieces={pieces} />
      )}
      <WhyItWorks items={reasons} fallback={reasonTexts} />
      {actions ? <div className="mt-auto flex flex-wrap gap-2">{actions}</div> : null}
    </article>
  );
}
