/**
 * A garment's picture in a fixed-aspect box (no layout shift), lazy-loaded and decoded off the
 * main thread: its cut-out on a neutral background when there is one and the person did not
 * switch back to the photo (`mostrar_recorte: false`), else the photo.
 */
import { useState } from 'react';
import type { Garment } from '@fashion/core';
import { assetUrl } from '../api/client.ts';
import { Icon } from './Icon.tsx';

interface Props {
  garment: Pick<Garment, 'imagen_url' | 'thumbnail_url'> &
    Partial<Pick<Garment, 'recorte_url' | 'mostrar_recorte'>>;
  alt: string;
  size?: 'thumb' | 'full';
  className?: string;
  eager?: boolean;
  /** `cover` fills the box (grids, flat-lays); `contain` shows the whole photo (detail). */
  fit?: 'cover' | 'contain';
}

export function GarmentImage({
  garment,
  alt,
  size = 'thumb',
  className = 'aspect-[3/4]',
  eager,
  fit = 'cover',
}: Props) {
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set());
  const cutout = showsCutout(garment) ? assetUrl(garment.recorte_url) : undefined;
  const photo = assetUrl(
    size === 'thumb' ? (garment.thumbnail_url ?? garment.imagen_url) : garment.imagen_url,
  );
  // A cut-out that fails to load falls back to the photo.
  const src = cutout && !failed.has(cutout) ? cutout : photo;
  const isCutout = src === cutout && Boolean(cutout);
  return (
    <div
      data-cutout={isCutout ? 'true' : undefined}
      className={`relative overflow-hidden ${className} ${
        isCutout ? 'bg-stone-100 dark:bg-stone-700' : 'bg-stone-100 dark:bg-stone-800'
      }`}
    >
      {src && !failed.has(src) ? (
        <img
          key={src}
          src={src}
          alt={alt}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          width={size === 'thumb' ? 300 : 900}
          height={size === 'thumb' ? 400 : 1200}
          onError={() => setFailed((f) => new Set(f).add(src))}
          className={
            isCutout
              ? 'absolute inset-0 h-full w-full object-contain p-[6%]'
              : `absolute inset-0 h-full w-full ${fit === 'cover' ? 'object-cover' : 'object-contain'}`
          }
        />
      ) : (
        <div
          {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}
          className="absolute inset-0 grid place-items-center text-stone-400"
        >
          <Icon name="image" className="size-8" />
        </div>
      )}
    </div>
  );
}

/** Whether the garment is shown as its cut-out (it has one and the switch is not off). */
export function showsCutout(g: Partial<Pick<Garment, 'recorte_url' | 'mostrar_recorte'>>): boolean {
  return Boolean(g.recorte_url) && g.mostrar_recorte !== false;
}
