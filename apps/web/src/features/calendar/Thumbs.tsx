/** A row of small garment photos: what a day's wear or plan holds, at a glance. */
import type { Garment } from '@fashion/core';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { useT } from '../../i18n/i18n.tsx';

export function Thumbs({
  garments,
  max = 4,
  size = 'size-10',
}: {
  garments: readonly Garment[];
  max?: number;
  size?: string;
}) {
  const t = useT();
  const shown = garments.slice(0, max);
  return (
    <span className="flex flex-wrap gap-1">
      {shown.map((g) => (
        <GarmentImage
          key={g._id}
          garment={g}
          alt={`${t.classes[g.clase_nombre]}, ${t.colors[g.color]}`}
          className={`${size} shrink-0 rounded-md`}
        />
      ))}
      {garments.length > max ? (
        <span className="self-center text-xs text-stone-500">+{garments.length - max}</span>
      ) : null}
    </span>
  );
}

/** A plan's or suggestion's garments (slot name → garment) as a list. */
export const slotGarments = (prendas: Partial<Record<string, Garment>>): Garment[] =>
  Object.values(prendas).filter((g): g is Garment => Boolean(g));
