/**
 * An outfit laid out flat, as on a bed: its pieces from head to feet in rows (flatlay-layout.ts),
 * every row filling the width so whatever the outfit holds is laid out without gaps.
 */
import type { Garment } from '@fashion/core';
import type { FlatLaySlot } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { garmentName } from '../../lib/vocab.ts';
import { flatLayRows } from './flatlay-layout.ts';

export type Pieces = Partial<Record<FlatLaySlot, Garment>>;

export function FlatLay({ pieces, compact = false }: { pieces: Pieces; compact?: boolean }) {
  const t = useT();
  const rows = flatLayRows((s) => Boolean(pieces[s]));
  const cols = Math.max(1, ...rows.map((r) => r.length));
  return (
    <div
      className={`flex flex-col gap-2 rounded-2xl bg-[#eee8df] dark:bg-stone-800/60 ${compact ? 'p-2' : 'p-3'}`}
      data-testid="flatlay"
    >
      {rows.map((row) => (
        <div
          key={row.join('+')}
          className="grid gap-2"
          style={{ gridTemplateColumns: `repeat(${row.length}, minmax(0, 1fr))` }}
        >
          {row.map((slot) => {
            const g = pieces[slot]!;
            // A widened tile (short last row) keeps the row height; the photo is shown whole.
            const wide = row.length < cols;
            return (
              <figure
                key={slot}
                data-slot={slot}
                className="relative overflow-hidden rounded-xl bg-white shadow-sm dark:bg-stone-800"
                style={{ aspectRatio: String(cols / row.length) }}
              >
                <GarmentImage
                  garment={g}
                  alt={`${t.slots[slot]}: ${garmentName(g, t)}`}
                  className="h-full w-full bg-white dark:bg-stone-800"
                  fit={wide ? 'contain' : 'cover'}
                />
                {!compact ? (
                  <figcaption className="absolute bottom-1.5 left-1.5 rounded-full bg-white/90 px-2 py-0.5 text-xs font-medium text-stone-800 backdrop-blur dark:bg-stone-900/85 dark:text-stone-100">
                    {t.slots[slot]}
                  </figcaption>
                ) : null}
              </figure>
            );
          })}
        </div>
      ))}
    </div>
  );
}
