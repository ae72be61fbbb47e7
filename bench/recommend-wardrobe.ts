/**
 * A seeded, realistic wardrobe generator for the recommender benchmark and tests: a class mix
 * like a real closet (more tops than hats), mostly neutral colours with measured-looking hex
 * values jittered around each name, a few occasion tags, and classifier confidences of which
 * some are unconfirmed.
 */
import {
  COLOR_HEX,
  OCASIONES,
  type ClassName,
  type ColorName,
  type Garment,
  type Ocasion,
  tipoOf,
} from '@fashion/core';

/** mulberry32: tiny deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASS_MIX: readonly [ClassName, number][] = [
  ['T-shirt', 18],
  ['Shirt', 10],
  ['Longsleeve', 10],
  ['Pants', 14],
  ['Shorts', 7],
  ['Skirt', 5],
  ['Dress', 6],
  ['Shoes', 12],
  ['Outwear', 10],
  ['Hat', 8],
];
const COLOR_MIX: readonly [ColorName, number][] = [
  ['negro', 18],
  ['blanco', 14],
  ['gris', 12],
  ['azul', 14],
  ['beige', 8],
  ['marrón', 6],
  ['rojo', 5],
  ['verde', 5],
  ['rosa', 4],
  ['amarillo', 3],
  ['naranja', 2],
  ['morado', 3],
  ['multicolor', 3],
];

function weighted<T>(mix: readonly [T, number][], r: number): T {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [v, w] of mix) {
    x -= w;
    if (x < 0) return v;
  }
  return mix[mix.length - 1]![0];
}

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

const MATERIAL_TEXTS = ['100% lana', 'lino', 'algodón', 'denim', 'seda', 'punto', 'poliéster'];
const SEASON_SETS: Garment['temporadas'][] = [
  ['verano'],
  ['invierno'],
  ['otoño', 'invierno'],
  ['primavera', 'verano'],
];

export function generateWardrobe(size: number, seed: number, userId = 'bench'): Garment[] {
  const rand = rng(seed);
  // The richer record (#15) draws from its own stream, so the classes and colours stay the same.
  const more = rng(seed ^ 0x5eed);
  const out: Garment[] = [];
  for (let i = 0; i < size; i++) {
    const clase = weighted(CLASS_MIX, rand());
    const color = weighted(COLOR_MIX, rand());
    let color_hex: string | undefined;
    if (color !== 'multicolor') {
      const base = COLOR_HEX[color];
      const j = () => (rand() - 0.5) * 36;
      color_hex =
        '#' +
        hex2(parseInt(base.slice(1, 3), 16) + j()) +
        hex2(parseInt(base.slice(3, 5), 16) + j()) +
        hex2(parseInt(base.slice(5, 7), 16) + j());
    }
    const tags = new Set<Ocasion>();
    const nTags = Math.floor(rand() * 3);
    for (let t = 0; t < nTags; t++) tags.add(OCASIONES[Math.floor(rand() * OCASIONES.length)]!);
    const confianza = Math.round((0.4 + rand() * 0.6) * 100) / 100;
    out.push({
      _id: (seed * 1_000_003 + i).toString(16).padStart(24, '0').slice(-24),
      userId,
      imagen_url: `/images/${i}.jpg`,
      tipo: tipoOf(clase),
      clase_nombre: clase,
      color,
      ...(color_hex ? { color_hex } : {}),
      confianza,
      confirmado: rand() < 0.6,
      ocasion: [...tags],
      fecha_agregada: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      // One in ten a favourite, a quarter with a material, one in seven with its own seasons.
      favorito: more() < 0.1,
      ...(more() < 0.25
        ? { material: MATERIAL_TEXTS[Math.floor(more() * MATERIAL_TEXTS.length)]! }
        : {}),
      ...(more() < 0.15
        ? { temporadas: SEASON_SETS[Math.floor(more() * SEASON_SETS.length)]! }
        : {}),
    });
  }
  return out;
}
