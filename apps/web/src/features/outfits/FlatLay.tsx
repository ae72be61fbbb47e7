/**
 * An outfit laid out flat, as on a bed: the body pieces (top over bottom, or a dress) in the wide
 * column, the layers, hat and shoes beside them.
 */
import type { Garment } from '@fashion/core';
import type { FlatLaySlot } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { garmentName } from '../../lib/vocab.ts';

export type Pieces = Partial<Record<FlatLaySlot, Garment>>;

const MAIN: FlatLaySlot[] = ['vestido', 'superior', 'inferior'];
const SIDE: FlatLaySlot[] = ['sombrero', 'abrigo', 'superior_secundario', 'zapatos'];

export function FlatLay({ pieces, compact = false }: { pieces: Pieces; compact?: boolean }) {
  const t = useT();
  const tile = (slot: FlatLaySlot, aspect: string) => {
    const g = pieces[slot];
    if (!g) return null;
    return (
      <figure
        key={slot}
        className="relative overflow-hidden rounded-xl bg-white shadow-sm dark:bg-stone-800"
      >
        <GarmentImage
          garment={g}
          alt={`${t.slots[slot]}: ${garmentName(g, t)}`}
          className={`${aspect} bg-white dark:bg-stone-800`}
        />
        {!compact ? (
          <figcaption className="absolute bottom-1.5 left-1.5 rounded-full bg-white/85 px-2 py-0.5 text-[10px] font-medium text-stone-700 backdrop-blur dark:bg-stone-900/80 dark:text-stone-200">
            {t.slots[slot]}
          </figcaption>
        ) : null}
      </figure>
    );
  };
  const side = SIDE.filter((s) => pieces[s]);
  return (
    <div
      className={`grid grid-cols-[3fr_2fr] gap-2 rounded-2xl bg-[#eee8df] dark:bg-stone-800/60 ${compact ? 'p-2' : 'p-3'}`}
      data-testid="flatlay"
    >
      <div className="flex flex-col gap-2">
        {MAIN.map((s) => tile(s, s === 'vestido' ? 'aspect-[1/2]' : 'aspect-square'))}
      </div>
      <div
        className={`flex flex-col gap-2 ${side.length <= 2 ? 'justify-end' : 'justify-between'}`}
      >
        {SIDE.map((s) => tile(s, 'aspect-square'))}
      </div>
    </div>
  );
}
