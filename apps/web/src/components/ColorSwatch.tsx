/** A colour dot: the measured hex when known, else the name's representative colour. */
import { COLOR_HEX } from '@fashion/core';
import type { ColorName } from '@fashion/core';

export function swatchHex(color: ColorName, hex?: string): string | undefined {
  if (hex) return hex;
  return color === 'multicolor' ? undefined : COLOR_HEX[color];
}

export function ColorSwatch({
  color,
  hex,
  className = 'size-4',
}: {
  color: ColorName;
  hex?: string | undefined;
  className?: string;
}) {
  const h = swatchHex(color, hex);
  return (
    <span
      aria-hidden="true"
      className={`inline-block shrink-0 rounded-full ring-1 ring-stone-900/15 ring-inset dark:ring-white/20 ${className}`}
      style={
        h
          ? { backgroundColor: h }
          : { background: 'conic-gradient(#c62828, #f2c94c, #3a7d44, #2f5d9e, #6e3f8f, #c62828)' }
      }
    />
  );
}
