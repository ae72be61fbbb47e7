/** The one-line summary of the outfit preferences shown while they are folded away. */
import type { Dict } from '../../i18n/en.ts';
import type { Recommendation } from '../../api/types.ts';
import type { PrefsValue } from './PreferencesFields.tsx';

export interface WeatherValue {
  use: boolean;
  temperature: number;
  rain: boolean;
}

/** Colours named after this many are counted ("Blue, Black +2"). */
const NAMED_COLOURS = 2;

export function prefsSummary(p: PrefsValue, w: WeatherValue, t: Dict): string {
  const colours = p.colores.length
    ? p.colores
        .slice(0, NAMED_COLOURS)
        .map((c) => t.colors[c])
        .join(', ') +
      (p.colores.length > NAMED_COLOURS ? ` +${p.colores.length - NAMED_COLOURS}` : '')
    : t.outfits.anyColour;
  const parts = [t.ocasiones[p.ocasion], t.estilos[p.estilo], colours];
  if (w.use) parts.push(t.outfits.celsius(w.temperature) + (w.rain ? `, ${t.outfits.rain}` : ''));
  return parts.join(' · ');
}

/** Best first. The server sorts too; an older server did not, and the person reads top-down. */
export function byScore(list: Recommendation[]): Recommendation[] {
  return [...list].sort((a, b) => b.puntuacion - a.puntuacion);
}
