/** What a saved outfit is called, and when it was saved and worn: so two "Party" outfits differ. */
import type { Outfit } from '@fashion/core';
import type { Dict } from '../../i18n/en.ts';
import type { Lang } from '../../i18n/i18n.tsx';
import { formatDate } from '../../i18n/i18n.tsx';

/** The outfit's own name, or its occasion and the day it was saved. */
export function outfitTitle(o: Outfit, t: Dict, lang: Lang): string {
  if (o.nombre?.trim()) return o.nombre.trim();
  const what = o.ocasion ? t.ocasiones[o.ocasion] : t.outfits.title;
  return `${what} · ${formatDate(o.fecha_creacion, lang)}`;
}

/** "Saved 3 Dec 2026 · Worn 5 Dec 2026" (`ultimo_uso` only where the API sends it). */
export function outfitSubtitle(o: Outfit, t: Dict, lang: Lang): string {
  const worn = (o as Outfit & { ultimo_uso?: unknown }).ultimo_uso;
  const saved = t.saved.savedOn(formatDate(o.fecha_creacion, lang));
  return typeof worn === 'string' && worn
    ? `${saved} · ${t.saved.wornOn(formatDate(worn, lang))}`
    : saved;
}
