/**
 * The season a request asks for, and whether a piece belongs to it (issue #15). The season comes
 * from the day asked for (`fecha`, by meteorological season and hemisphere) or, without a day,
 * from the temperature; a piece's seasons are its own `temporadas` or, when it has none, its
 * class's usual ones (suggestTemporadas).
 *
 * - The person's own `temporadas` are a hard rule: a piece they marked for other seasons is left
 *   out of its slot when the slot has others (the same fallback as the weather's out-of-season
 *   pieces: when nothing can be made without it, it comes back with a caveat). They said so.
 * - The class's usual seasons are only a guess (a T-shirt under a jumper in winter), so a piece
 *   outside them is penalised, not left out, and only when a day is asked for: without a day the
 *   season is read from the temperature, which the weather fit already judges per class.
 */
import type { Garment } from '../contracts.ts';
import { TEMPORADAS, suggestTemporadas, type Temporada } from '../wardrobe-vocabulary.ts';
import type { ClassName } from '../taxonomy.ts';
import type { Weather } from './weather.ts';

type Hemisferio = 'norte' | 'sur';

export interface SeasonAsked {
  /** Seasons the request fits (one for a day; one or more for a temperature). */
  seasons: ReadonlySet<Temporada>;
  /** True when a day (or a season) was asked for, not read from the temperature. */
  fromDay: boolean;
}

const NORTH_BY_MONTH: readonly Temporada[] = [
  'invierno',
  'invierno',
  'primavera',
  'primavera',
  'primavera',
  'verano',
  'verano',
  'verano',
  'otoño',
  'otoño',
  'otoño',
  'invierno',
];
const OPPOSITE: Readonly<Record<Temporada, Temporada>> = {
  primavera: 'otoño',
  verano: 'invierno',
  otoño: 'primavera',
  invierno: 'verano',
};

/** The meteorological season of a `YYYY-MM-DD` day; undefined for anything else. */
export function seasonOfDay(day: string, hemisferio: Hemisferio = 'norte'): Temporada | undefined {
  const m = /^\d{4}-(\d{2})-\d{2}$/.exec(day);
  const month = m ? Number(m[1]) : NaN;
  if (!(month >= 1 && month <= 12)) return undefined;
  const north = NORTH_BY_MONTH[month - 1]!;
  return hemisferio === 'sur' ? OPPOSITE[north] : north;
}

/**
 * Seasons a temperature fits, with wide overlaps so that only clear cases exclude a piece:
 * ≤ 5 °C winter only, up to 12 °C anything but summer, up to 20 °C spring or autumn, up to
 * 26 °C anything but winter, and summer from there.
 */
function seasonsOfTemperature(t: number): Temporada[] {
  if (t <= 5) return ['invierno'];
  if (t < 12) return ['primavera', 'otoño', 'invierno'];
  if (t <= 20) return ['primavera', 'otoño'];
  if (t < 26) return ['primavera', 'verano', 'otoño'];
  return ['verano'];
}

/** What the request asks for: an explicit season, the day's, else the temperature's; or none. */
export function seasonAsked(
  weather: Weather,
  ask: {
    temporada?: Temporada | undefined;
    fecha?: string | undefined;
    hemisferio?: Hemisferio | undefined;
  },
): SeasonAsked | null {
  const named =
    ask.temporada && TEMPORADAS.includes(ask.temporada)
      ? ask.temporada
      : ask.fecha
        ? seasonOfDay(ask.fecha, ask.hemisferio)
        : undefined;
  if (named) return { seasons: new Set([named]), fromDay: true };
  if (weather.temperature === undefined) return null;
  return { seasons: new Set(seasonsOfTemperature(weather.temperature)), fromDay: false };
}

/** The class's usual seasons, one shared set per class (features are built per garment). */
const CLASS_SEASONS = new Map<ClassName, ReadonlySet<Temporada>>();

/** A piece's seasons: its own when set (read defensively), else its class's usual ones. */
export function garmentSeasons(g: Pick<Garment, 'temporadas'> & { clase_nombre: ClassName }): {
  seasons: ReadonlySet<Temporada>;
  own: boolean;
} {
  const own = Array.isArray(g.temporadas)
    ? g.temporadas.filter((s): s is Temporada => TEMPORADAS.includes(s))
    : [];
  if (own.length > 0) return { seasons: new Set(own), own: true };
  let byClass = CLASS_SEASONS.get(g.clase_nombre);
  if (!byClass)
    CLASS_SEASONS.set(g.clase_nombre, (byClass = new Set(suggestTemporadas(g.clase_nombre))));
  return { seasons: byClass, own: false };
}

/** True when the piece's seasons share none with those asked for. */
export function outsideSeasons(
  f: { seasons: ReadonlySet<Temporada> },
  asked: SeasonAsked | null,
): boolean {
  if (!asked) return false;
  for (const s of asked.seasons) if (f.seasons.has(s)) return false;
  return true;
}
