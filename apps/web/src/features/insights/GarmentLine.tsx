/** One garment in an insights list: its thumbnail and name (a link to it), and what is said of it. */
import type { Garment } from '@fashion/core';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { muted } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n.tsx';
import { garmentName } from '../../lib/vocab.ts';
import { Link } from '../../router/router.tsx';

export function GarmentLine({
  id,
  garment,
  detail,
  aside,
}: {
  id: string;
  garment: Garment | undefined;
  detail: string;
  aside?: string;
}) {
  const t = useT();
  const name = garment ? garmentName(garment, t) : t.insights.unknownGarment;
  return (
    <li>
      <Link
        to={`/garments/${id}`}
        className="flex items-center gap-3 rounded-xl p-1.5 hover:bg-stone-100 dark:hover:bg-stone-800"
      >
        {garment ? (
          <GarmentImage
            garment={garment}
            alt=""
            className="aspect-square w-11 shrink-0 rounded-lg"
          />
        ) : (
          <span className="aspect-square w-11 shrink-0 rounded-lg bg-stone-100 dark:bg-stone-800" />
        )}
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium">{name}</span>
          <span className={`block truncate text-xs ${muted}`}>{detail}</span>
        </span>
        {aside ? <span className="shrink-0 text-sm font-medium tabular-nums">{aside}</span> : null}
      </Link>
    </li>
  );
}
