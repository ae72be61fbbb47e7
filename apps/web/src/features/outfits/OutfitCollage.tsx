/**
 * An outfit as a catalogue flat-lay: each piece in its place from core's flatLayout (the layout
 * the server's PNG uses too: outerwear behind the top, shoes at the bottom, the hat at the side),
 * its cut-out where it shows one, else its photo as a small print, and each piece named in the
 * column beside it where core's flatLayLabels puts it. Backgrounds, names and their placement
 * match GET /api/outfits/:id/image in light and dark.
 */
import { useState } from 'react';
import {
  LABEL_COLUMN_X,
  LABEL_HEIGHT,
  flatLayLabels,
  flatLayout,
  type SlotName,
} from '@fashion/core';
import type { Garment } from '@fashion/core';
import { assetUrl } from '../../api/client.ts';
import { showsCutout } from '../../components/GarmentImage.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { garmentName } from '../../lib/vocab.ts';
import type { Pieces } from './FlatLay.tsx';

export function OutfitCollage({ pieces, label }: { pieces: Pieces; label: string }) {
  const t = useT();
  const boxes = flatLayout(Object.keys(pieces) as SlotName[]);
  const labels = flatLayLabels(boxes, LABEL_HEIGHT, 0.98);
  return (
    <div
      role="group"
      aria-label={label}
      data-testid="collage"
      className="@container relative aspect-[3/4] w-full overflow-hidden rounded-2xl bg-[#f3efe8] dark:bg-[#292524]"
    >
      {boxes.map((box) => {
        const g = pieces[box.slot]!;
        return (
          <div
            key={box.slot}
            data-slot={box.slot}
            className="absolute"
            style={{
              left: `${box.x * 100}%`,
              top: `${box.y * 100}%`,
              width: `${box.width * 100}%`,
              height: `${box.height * 100}%`,
            }}
          >
            <Piece g={g} alt={`${t.slots[box.slot]}: ${garmentName(g, t)}`} />
          </div>
        );
      })}
      {labels.map(({ slot, y }) => {
        const g = pieces[slot]!;
        // The image's alt already names the piece for screen readers.
        return (
          <p
            key={`label-${slot}`}
            data-label={slot}
            aria-hidden="true"
            className="absolute right-[2%] leading-[1.1]"
            style={{ left: `${LABEL_COLUMN_X * 100}%`, top: `${y * 100}%` }}
          >
            <span className="block truncate text-[length:max(11px,2.9cqw)] font-semibold text-stone-800 dark:text-stone-100">
              {t.classes[g.clase_nombre]}
            </span>
            <span className="block truncate text-[length:max(10px,2.4cqw)] text-stone-600 dark:text-stone-300">
              {t.colors[g.color]}
            </span>
          </p>
        );
      })}
    </div>
  );
}

function Piece({ g, alt }: { g: Garment; alt: string }) {
  const [cutoutFailed, setCutoutFailed] = useState(false);
  const cutout = showsCutout(g) && !cutoutFailed ? assetUrl(g.recorte_url) : undefined;
  const photo = assetUrl(g.thumbnail_url ?? g.imagen_url);
  const src = cutout ?? photo;
  if (!src) return null;
  return (
    <img
      key={src}
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      data-cutout={cutout ? 'true' : undefined}
      onError={() => cutout && setCutoutFailed(true)}
      className={
        cutout
          ? // Fitted whole into its box; a soft shadow lifts it off the background, as in a catalogue.
            'absolute inset-0 h-full w-full object-contain drop-shadow-[0_6px_8px_rgba(41,37,36,0.25)]'
          : // A photo is a small print filling its box.
            'absolute inset-0 h-full w-full rounded-lg border-4 border-white object-cover shadow-md dark:border-stone-700'
      }
    />
  );
}

/** Whether the collage suits these pieces: every one shows a cut-out (photos overlap badly). */
export function suitsCollage(pieces: Pieces): boolean {
  const list = Object.values(pieces);
  return list.length > 0 && list.every((g) => showsCutout(g));
}
