/**
 * Which pieces may fill which slot under the hard rules, which outfit shapes to search (dress
 * outfits first when asked for), and what the wardrobe lacks when nothing can be made.
 */
import type { Preferences } from '../contracts.ts';
import { WardrobeIncompleteError, type MissingPiece } from './errors.ts';
import type { GarmentFeatures } from './features.ts';
import { makeShape, type Shape } from './model.ts';
import { SLOTS, type SlotName } from '../outfit-slots.ts';
import { canLayer } from './slots.ts';
import { outsideSeasons, type SeasonAsked } from './season.ts';
import { outOfSeason, outerwearReason, tooColdForShorts, type Weather } from './weather.ts';

export type Pools = Readonly<Record<SlotName, readonly GarmentFeatures[]>>;

export interface Plan {
  /** Shapes in preference order: every outfit of a tier comes before the next tier's. */
  tiers: readonly (readonly Shape[])[];
  /** Pools for a shape: the layered shape narrows the base top to what can go underneath. */
  poolFor(shape: Shape, slot: SlotName): readonly GarmentFeatures[];
}

/**
 * `seasonal`: also leave out pieces out of season when their slot has others: those the weather
 * rules out (outOfSeason) and those the person marked for other seasons than the one asked for
 * (season.ts). The caller retries without when that leaves no outfit (a warm T-shirt was the
 * only base for a layered top).
 */
export function buildPools(
  features: readonly GarmentFeatures[],
  weather: Weather,
  seasonal = true,
  season: SeasonAsked | null = null,
): Pools {
  const pools = Object.fromEntries(
    SLOTS.map((slot): [SlotName, GarmentFeatures[]] => [slot, []]),
  ) as Record<SlotName, GarmentFeatures[]>;
  const cold = tooColdForShorts(weather);
  for (const f of features) {
    if (cold && f.cls === 'Shorts') continue; // no shorts in the cold
    for (const slot of f.slots) pools[slot].push(f);
  }
  // Out-of-season pieces go when their slot has others (a hat is optional: always).
  for (const slot of seasonal ? SLOTS : []) {
    const fit = pools[slot].filter(
      (f) => !outOfSeason(f, weather) && !(f.ownSeasons && outsideSeasons(f, season)),
    );
    if (fit.length > 0 || slot === 'sombrero') pools[slot] = fit;
  }
  return pools;
}

export function planOutfits(
  features: readonly GarmentFeatures[],
  pools: Pools,
  prefs: Preferences,
  weather: Weather,
): Plan {
  const missing: MissingPiece[] = [];
  const orDress = prefs.incluirVestido ? ' or a dress' : '';
  const tops = pools.superior;
  const bottoms = pools.inferior;
  // A base from the top pool under an outer top from the second-top pool: the two pools differ
  // when the season leaves a warm shirt only as the outer layer.
  const layerable = tops.some((a) => pools.superior_secundario.some((b) => canLayer(a.cls, b.cls)));
  const topBottom = tops.length > 0 && bottoms.length > 0 && (!prefs.layeredTop || layerable);
  const dress = prefs.incluirVestido && pools.vestido.length > 0;

  if (pools.zapatos.length === 0) missing.push({ code: 'shoes', text: 'add shoes' });
  if (!topBottom && !dress) {
    const shortsOnly = bottoms.length === 0 && features.some((f) => f.cls === 'Shorts');
    const bottomText = shortsOnly
      ? 'pants or a skirt (it is too cold for shorts)'
      : 'a bottom (pants, shorts or skirt)';
    const bottomCode = shortsOnly ? 'warm_bottom' : 'bottom';
    const topText = 'a top (T-shirt, shirt or longsleeve)';
    if (tops.length === 0 && bottoms.length === 0) {
      missing.push({ code: 'top', text: `add ${topText}${orDress ? ',' : ''}${orDress}` });
      missing.push({ code: bottomCode, text: `add ${bottomText}${orDress ? ',' : ''}${orDress}` });
    } else if (tops.length === 0) {
      missing.push({ code: 'top', text: `add ${topText}${orDress}` });
    } else if (bottoms.length === 0) {
      missing.push({ code: bottomCode, text: `add ${bottomText}${orDress}` });
    } else {
      missing.push({
        code: 'layer',
        text: `add a second top to layer (a shirt or longsleeve over a T-shirt, or a longsleeve over a shirt)${orDress}`,
      });
    }
  }
  if (prefs.incluirAbrigo && pools.abrigo.length === 0) {
    missing.push({ code: 'outerwear', text: 'add outerwear (a coat or jacket)' });
  }
  if (missing.length > 0) throw new WardrobeIncompleteError(missing);

  // Outerwear when asked for or when the weather forces it (and the wardrobe has some).
  const coat =
    (prefs.incluirAbrigo || outerwearReason(weather) !== null) && pools.abrigo.length > 0;
  const hats = pools.sombrero.length > 0 ? [false, true] : [false];
  const shapesOf = (body: Shape['body']) =>
    hats.map((hat) => makeShape(body, body === 'topbottom' && prefs.layeredTop, coat, hat));
  const tiers: Shape[][] = [];
  if (dress) tiers.push(shapesOf('dress'));
  if (topBottom) tiers.push(shapesOf('topbottom'));

  const baseTops = tops.filter((f) => f.cls !== 'Longsleeve');
  return {
    tiers,
    poolFor: (shape, slot) => (slot === 'superior' && shape.layer ? baseTops : pools[slot]),
  };
}
