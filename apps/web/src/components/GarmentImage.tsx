/** A garment photo in a fixed-aspect box (no layout shift), lazy-loaded and decoded off the main thread. */
import { useState } from 'react';
import type { Garment } from '@fashion/core';
import { assetUrl } from '../api/client.ts';
import { Icon } from './Icon.tsx';

interface Props {
  garment: Pick<Garment, 'imagen_url' | 'thumbnail_url'>;
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
  const [failed, setFailed] = useState(false);
  const src = assetUrl(
    size === 'thumb' ? (garment.thumbnail_url ?? garment.imagen_url) : garment.imagen_url,
  );
  return (
    <div className={`relative overflow-hidden bg-stone-100 dark:bg-stone-800 ${className}`}>
      {src && !failed ? (
        <img
          src={src}
          alt={alt}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          width={size === 'thumb' ? 300 : 900}
          height={size === 'thumb' ? 400 : 1200}
          onError={() => setFailed(true)}
          className={`absolute inset-0 h-full w-full ${fit === 'cover' ? 'object-cover' : 'object-contain'}`}
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
