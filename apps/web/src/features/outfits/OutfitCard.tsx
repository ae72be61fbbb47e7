/** An outfit: its flat-lay, score and the reasons it works, plus whatever actions the screen offers. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { card, muted } from '../../components/ui.ts';
import { FlatLay } from './FlatLay.tsx';
import type { Line } from './explain-en.ts';
import type { Pieces } from './FlatLay.tsx';

interface Props {
  title: string;
  subtitle?: string;
  pieces: Pieces;
  puntuacion: number;
  lines?: Line[] | undefined;
  actions?: ReactNode;
  headingLevel?: 'h1' | 'h2' | 'h3';
}

/** Reasons shown at once; the rest fold away (the strongest come first). */
const SHOWN = 4;

function Reasons({ lines }: { lines: Line[] }) {
  return (
    <ul className="mt-1.5 space-y-1 text-sm">
      {lines.map((l, i) => (
        <li key={i} className="flex gap-2">
          <span
            aria-hidden="true"
            className={`mt-[0.55em] size-1.5 shrink-0 rounded-full ${
              l.sign > 0 ? 'bg-emerald-600' : l.sign < 0 ? 'bg-amber-500' : 'bg-stone-400'
            }`}
          />
          <span>{l.text}</span>
        </li>
      ))}
    </ul>
  );
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
  lines,
  actions,
  headingLevel = 'h3',
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
      <FlatLay pieces={pieces} />
      {lines?.length ? (
        <div>
          <p className={`text-xs font-medium uppercase tracking-wide ${muted}`}>{t.outfits.why}</p>
          <Reasons lines={lines.slice(0, SHOWN)} />
          {lines.length > SHOWN ? (
            <details className="mt-1 text-sm">
              <summary className={`cursor-pointer text-xs ${muted}`}>
                {t.outfits.moreReasons(lines.length - SHOWN)}
              </summary>
              <Reasons lines={lines.slice(SHOWN)} />
            </details>
          ) : null}
        </div>
      ) : null}
      {actions ? <div className="mt-auto flex flex-wrap gap-2">{actions}</div> : null}
    </article>
  );
}
