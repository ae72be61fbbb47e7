/** Scenarios a person would agree with, and the explanations they would read. */
import { describe, expect, it } from 'vitest';
import {
  WardrobeIncompleteError,
  recommendOutfits,
  type Garment,
  type RecommendedOutfit,
} from '../src/index.ts';
import { colorHarmony } from '../src/recommend/color-harmony.ts';
import { garmentFeatures } from '../src/recommend/features.ts';
import { garment as g } from './recommend-fixtures.ts';

const classes = (o: RecommendedOutfit) =>
  Object.fromEntries(Object.entries(o.prendas).map(([slot, x]) => [slot, x!.clase_nombre]));
const codes = (o: RecommendedOutfit) => o.detalles.map((d) => d.code);
const isNeutral = (x: Garment) => ['negro', 'blanco', 'gris', 'beige', 'marrón'].includes(x.color);

function missingOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof WardrobeIncompleteError) return err.missing;
    throw err;
  }
  throw new Error('expected WardrobeIncompleteError');
}

describe('recommendOutfits scenarios', () => {
  it('formal: shirt, pants and shoes beat a T-shirt and shorts', () => {
    const shirt = g('Shirt', { color: 'blanco' });
    const pants = g('Pants', { color: 'negro' });
    const tee = g('T-shirt', { color: 'blanco' });
    const shorts = g('Shorts', { color: 'negro' });
    const shoes = g('Shoes', { color: 'negro' });
    const [first, second] = recommendOutfits(
      [tee, shorts, shoes, shirt, pants],
      { ocasion: 'formal' },
      { limit: 2 },
    );
    expect(first!.superior_id).toBe(shirt._id);
    expect(first!.inferior_id).toBe(pants._id);
    expect(second!.superior_id).toBe(tee._id);
    expect(second!.inferior_id).toBe(shorts._id);
    expect(first!.puntuacion - second!.puntuacion).toBeGreaterThan(10);
    expect(codes(second!)).toContain('ocasion.desajuste');
    expect(first!.breakdown.ocasion!.valor).toBeGreaterThan(second!.breakdown.ocasion!.valor);
  });

  it('3 °C and rain: every outfit has outerwear and none has shorts', () => {
    const w = [
      g('T-shirt', { color: 'blanco' }),
      g('T-shirt', { color: 'gris' }),
      g('Longsleeve', { color: 'azul' }),
      g('Shorts', { color: 'negro' }),
      g('Shorts', { color: 'azul' }),
      g('Pants', { color: 'negro' }),
      g('Skirt', { color: 'gris' }),
      g('Shoes', { color: 'negro' }),
      g('Shoes', { color: 'blanco' }),
      g('Outwear', { color: 'gris' }),
      g('Outwear', { color: 'negro' }),
    ];
    const outfits = recommendOutfits(w, {}, { temperature: 3, rain: true, limit: 3 });
    expect(outfits.length).toBeGreaterThan(0);
    for (const o of outfits) {
      expect(o.prendas.abrigo).toBeDefined();
      expect(o.prendas.inferior?.clase_nombre).not.toBe('Shorts');
      expect(codes(o)).toContain('clima.abrigo');
    }
    // Pants are warmer than a skirt: the best outfit wears them.
    expect(outfits[0]!.prendas.inferior!.clase_nombre).toBe('Pants');
  });

  it('a warm day brings no outerwear unless asked for; asked for, always', () => {
    const w = [g('T-shirt'), g('Pants'), g('Shoes'), g('Outwear', { color: 'gris' })];
    expect(recommendOutfits(w, {}, { temperature: 20 })[0]!.prendas.abrigo).toBeUndefined();
    const withCoat = recommendOutfits(w, { incluirAbrigo: true }, { temperature: 20 });
    expect(withCoat[0]!.prendas.abrigo).toBeDefined();
    expect(codes(withCoat[0]!)).toContain('nota.abrigo');
  });

  it('cold without outerwear in the wardrobe still dresses you, and says a coat is missing', () => {
    const w = [g('Longsleeve'), g('Pants'), g('Shoes')];
    const [o] = recommendOutfits(w, {}, { temperature: 2 });
    expect(o!.prendas.abrigo).toBeUndefined();
    expect(codes(o!)).toContain('clima.sin_abrigo');
  });

  it('heat: light pieces and a light hat against the sun', () => {
    const w = [
      g('T-shirt', { color: 'blanco' }),
      g('Longsleeve', { color: 'blanco' }),
      g('Shorts', { color: 'beige' }),
      g('Pants', { color: 'beige' }),
      g('Shoes', { color: 'blanco' }),
      g('Hat', { color: 'beige', calidez: 'ligera' }),
    ];
    const [hot] = recommendOutfits(w, {}, { temperature: 32 });
    expect(classes(hot!)).toEqual({
      superior: 'T-shirt',
      inferior: 'Shorts',
      zapatos: 'Shoes',
      sombrero: 'Hat',
    });
    expect(codes(hot!)).toContain('nota.sombrero_sol');
    // On a mild day a minimalist goes without the hat.
    expect(recommendOutfits(w, {}, { temperature: 18 })[0]!.prendas.sombrero).toBeUndefined();
  });

  it('minimalista prefers neutrals; colorido prefers colour', () => {
    const w = [
      g('T-shirt', { color: 'blanco' }),
      g('T-shirt', { color: 'rojo' }),
      g('Pants', { color: 'gris' }),
      g('Pants', { color: 'azul', hex: '#1f6fd1' }),
      g('Shoes', { color: 'negro' }),
      g('Shoes', { color: 'amarillo' }),
    ];
    const [mini] = recommendOutfits(w, { estilo: 'minimalista' });
    expect(Object.values(mini!.prendas).every((x) => isNeutral(x!))).toBe(true);
    expect(codes(mini!)).toContain('color.neutros');
    const [color] = recommendOutfits(w, { estilo: 'colorido' });
    expect(Object.values(color!.prendas).some((x) => !isNeutral(x!))).toBe(true);
  });

  it('judges colour in a perceptual space: neutrals go with anything, clashes lose', () => {
    const f = (color: Parameters<typeof g>[1]) => garmentFeatures(g('T-shirt', color))!;
    const red = f({ color: 'rojo' });
    const green = f({ color: 'verde' });
    const blue = f({ color: 'azul' });
    const orange = f({ color: 'naranja' });
    const black = f({ color: 'negro' });
    const white = f({ color: 'blanco' });
    const navy = f({ color: 'azul', hex: '#1f2a44' });
    const pinkish = f({ color: 'rojo', hex: '#d8435a' });
    expect(colorHarmony(black, white)).toBeGreaterThan(0.95);
    expect(colorHarmony(red, black)).toBeGreaterThan(0.85);
    expect(colorHarmony(red, navy)).toBeGreaterThan(0.85); // navy counts as a neutral
    expect(colorHarmony(red, pinkish)).toBeGreaterThan(0.85); // same hue family
    expect(colorHarmony(blue, orange)).toBeGreaterThan(colorHarmony(red, green)); // complement vs clash
    expect(colorHarmony(red, green)).toBeLessThan(0.45);

    const w = [
      g('T-shirt', { color: 'rojo' }),
      g('Pants', { color: 'verde' }),
      g('Pants', { color: 'negro' }),
      g('Shoes', { color: 'negro' }),
    ];
    const [o, clash] = recommendOutfits(w, { estilo: 'colorido' }, { limit: 3 });
    expect(o!.prendas.inferior!.color).toBe('negro');
    expect(clash).toBeUndefined(); // red with green shares the top and the shoes: a near-copy
    const onlyClash = recommendOutfits(w, {}, { exclude: [o!.key] });
    const worse = onlyClash.find((x) => x.prendas.inferior?.color === 'verde');
    expect(worse && codes(worse)).toContain('color.choque');
  });

  it('uses the occasion tags the person chose', () => {
    const plain = g('Shirt', { color: 'azul' });
    const tagged = g('Shirt', { color: 'azul', ocasion: ['trabajo'] });
    const w = [plain, tagged, g('Pants', { color: 'gris' }), g('Shoes')];
    expect(recommendOutfits(w, { ocasion: 'trabajo' })[0]!.superior_id).toBe(tagged._id);
    // A garment tagged only for sport is a poor pick for work, whatever its class.
    const sporty = g('Shirt', { color: 'azul', ocasion: ['deportivo'] });
    expect(
      recommendOutfits([sporty, plain, g('Pants'), g('Shoes')], { ocasion: 'trabajo' })[0]!
        .superior_id,
    ).toBe(plain._id);
  });

  it('an unconfirmed, doubtful class weighs less than a confirmed one', () => {
    const sure = g('Shirt', { color: 'blanco', confirmado: true });
    const doubtful = g('Shirt', { color: 'blanco', confirmado: false, confianza: 0.4 });
    const w = [doubtful, sure, g('Pants'), g('Shoes')];
    const outfits = recommendOutfits(w, {}, { limit: 2 });
    expect(outfits[0]!.superior_id).toBe(sure._id);
    const withDoubt = recommendOutfits([doubtful, g('Pants'), g('Shoes')]);
    expect(codes(withDoubt[0]!)).toContain('confianza.dudosa');
    expect(withDoubt[0]!.puntuacion).toBeLessThan(outfits[0]!.puntuacion);
  });

  it('layers a second top in a sensible order, and biases the top as preferred', () => {
    const tee = g('T-shirt', { color: 'blanco' });
    const shirt = g('Shirt', { color: 'azul' });
    const jumper = g('Longsleeve', { color: 'gris' });
    const w = [tee, shirt, jumper, g('Pants'), g('Shoes')];
    for (const o of recommendOutfits(w, { layeredTop: true }, { limit: 3 })) {
      const order = ['T-shirt', 'Shirt', 'Longsleeve'];
      const base = order.indexOf(o.prendas.superior!.clase_nombre);
      const outer = order.indexOf(o.prendas.superior_secundario!.clase_nombre);
      expect(outer).toBeGreaterThan(base);
      expect(codes(o)).toContain('nota.capas');
    }
    const [pref] = recommendOutfits(w, { topPreference: 'Longsleeve' });
    expect(pref!.superior_id).toBe(jumper._id);
    expect(codes(pref!)).toContain('superior.preferida');
  });

  it('dresses come first when allowed, and never when not', () => {
    const dress = g('Dress', { color: 'rojo' });
    const w = [dress, g('T-shirt'), g('Pants'), g('Shoes'), g('Shoes', { color: 'blanco' })];
    const yes = recommendOutfits(w, { incluirVestido: true }, { limit: 3 });
    const withDress = yes.find((o) => o.vestido_id === dress._id);
    expect(withDress).toBeDefined();
    expect(withDress!.superior_id).toBeUndefined();
    expect(yes.some((o) => o.prendas.inferior)).toBe(true); // top + bottom fill in after
    const no = recommendOutfits(w, { incluirVestido: false }, { limit: 3 });
    expect(no.every((o) => !o.prendas.vestido)).toBe(true);
    // Dresses allowed but none owned: plain top + bottom.
    expect(recommendOutfits(w.slice(1), { incluirVestido: true })[0]!.inferior_id).toBeDefined();
  });

  it('three outfits from a real-sized wardrobe are not near-copies', () => {
    const colors = ['negro', 'blanco', 'gris', 'azul', 'beige', 'verde'] as const;
    const w: Garment[] = [];
    for (const color of colors) {
      w.push(g('T-shirt', { color }), g('Shirt', { color }), g('Pants', { color }));
      w.push(g('Shoes', { color }));
    }
    const outfits = recommendOutfits(w, { ocasion: 'trabajo' }, { limit: 3 });
    expect(outfits).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        const a = new Set(outfits[i]!.key.split('-'));
        const common = outfits[j]!.key.split('-').filter((id) => a.has(id));
        expect(common.length).toBeLessThanOrEqual(1); // of 3 pieces
      }
    }
  });

  it('"show me 3 more" returns other outfits, and a seed only breaks exact ties', () => {
    const w: Garment[] = [];
    for (const color of ['negro', 'blanco', 'gris', 'azul'] as const) {
      w.push(g('T-shirt', { color }), g('Pants', { color }), g('Shoes', { color }));
    }
    const first = recommendOutfits(w, {}, { limit: 3 });
    const more = recommendOutfits(w, {}, { limit: 3, exclude: first.map((o) => o.key) });
    expect(more).toHaveLength(3);
    const seen = new Set(first.map((o) => o.key));
    expect(more.every((o) => !seen.has(o.key))).toBe(true);
    expect(recommendOutfits(w, {}, { limit: 3, seed: 7 })).toEqual(
      recommendOutfits(w, {}, { limit: 3, seed: 7 }),
    );
    // Two identical black T-shirts tie exactly: the seed picks which one leads, and only
    // among outfits of the very same score.
    const twin = { ...w[0]!, _id: 'f'.repeat(24) };
    const leads = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (seed) => recommendOutfits([...w, twin], {}, { limit: 1, seed })[0]!,
    );
    expect(new Set(leads.map((o) => o.key)).size).toBeGreaterThan(1);
    expect(new Set(leads.map((o) => o.puntuacion)).size).toBe(1);
  });

  it('prefers the person’s colours', () => {
    const red = g('T-shirt', { color: 'rojo' });
    const green = g('T-shirt', { color: 'verde' });
    const w = [red, green, g('Pants', { color: 'negro' }), g('Shoes')];
    expect(recommendOutfits(w, { colores: ['verde'] })[0]!.superior_id).toBe(green._id);
    expect(recommendOutfits(w, { colores: ['rojo'] })[0]!.superior_id).toBe(red._id);
  });

  it('says exactly what is missing', () => {
    expect(missingOf(() => recommendOutfits([]))).toEqual([
      'add shoes',
      'add a top (T-shirt, shirt or longsleeve)',
      'add a bottom (pants, shorts or skirt)',
    ]);
    expect(
      missingOf(() => recommendOutfits([g('T-shirt'), g('Shoes')], { incluirVestido: true })),
    ).toEqual(['add a bottom (pants, shorts or skirt) or a dress']);
    expect(
      missingOf(() =>
        recommendOutfits([g('T-shirt'), g('Shorts'), g('Shoes')], {}, { temperature: 5 }),
      ),
    ).toEqual(['add pants or a skirt (it is too cold for shorts)']);
    expect(
      missingOf(() =>
        recommendOutfits([g('T-shirt'), g('Pants'), g('Shoes')], { incluirAbrigo: true }),
      ),
    ).toEqual(['add outerwear (a coat or jacket)']);
    expect(
      missingOf(() =>
        recommendOutfits([g('T-shirt'), g('T-shirt'), g('Pants'), g('Shoes')], {
          layeredTop: true,
        }),
      )[0],
    ).toMatch(/second top to layer/);
    // A dress alone is enough when dresses are allowed.
    expect(recommendOutfits([g('Dress'), g('Shoes')], { incluirVestido: true })).toHaveLength(1);
  });

  it('2 °C and rain: boots not sandals, the parka leads and the jackets take turns', () => {
    const sandals = g('Shoes', { color: 'marrón', calidez: 'ligera' });
    const boots = g('Shoes', { color: 'negro', calidez: 'abrigada' });
    const tweed = g('Outwear', { color: 'gris', calidez: 'media' });
    const parka = g('Outwear', { color: 'gris', calidez: 'abrigada' });
    const w = [
      sandals,
      boots,
      tweed,
      parka,
      g('T-shirt', { color: 'blanco' }),
      g('Shirt', { color: 'azul' }),
      g('Longsleeve', { color: 'gris' }),
      g('Pants', { color: 'negro' }),
      g('Pants', { color: 'beige' }),
      g('Skirt', { color: 'gris' }),
    ];
    const outfits = recommendOutfits(w, {}, { temperature: 2, rain: true, limit: 3 });
    expect(outfits).toHaveLength(3);
    for (const o of outfits) {
      expect(o.zapatos_id).toBe(boots._id); // never open sandals with a coat
      expect(o.abrigo_id).toBeDefined();
    }
    const best = outfits.find((o) => o.abrigo_id === parka._id);
    expect(best).toBeDefined(); // the parka is used …
    expect(outfits.some((o) => o.abrigo_id === tweed._id)).toBe(true); // … and not alone
    // Unworn, the warmer coat scores higher than the same outfit with the tweed.
    expect(outfits[0]!.abrigo_id).toBe(parka._id);
  });

  it('32 °C: no knit beret and no cardigan, even to make three outfits', () => {
    const beret = g('Hat', { color: 'negro', calidez: 'abrigada' });
    const cardigan = g('Longsleeve', { color: 'beige', calidez: 'abrigada' });
    const w = [
      beret,
      cardigan,
      g('T-shirt', { color: 'blanco' }),
      g('T-shirt', { color: 'azul' }),
      g('Shirt', { color: 'blanco' }),
      g('Shorts', { color: 'beige' }),
      g('Skirt', { color: 'blanco' }),
      g('Pants', { color: 'beige' }),
      g('Shoes', { color: 'blanco', calidez: 'ligera' }),
      g('Shoes', { color: 'beige' }),
    ];
    for (const layeredTop of [false, true]) {
      const outfits = recommendOutfits(w, { layeredTop }, { temperature: 32, limit: 3 });
      expect(outfits).toHaveLength(3);
      for (const o of outfits) {
        expect(o.sombrero_id).toBeUndefined();
        expect([o.superior_id, o.superior_secundario_id]).not.toContain(cardigan._id);
        expect(codes(o)).not.toContain('nota.sombrero_sol');
      }
    }
    // A long sleeve the person left at the class's warmth still loses to short sleeves.
    const plainLong = g('Longsleeve', { color: 'blanco' });
    const tee = g('T-shirt', { color: 'blanco' });
    const [hot] = recommendOutfits(
      [plainLong, tee, g('Shorts'), g('Shoes')],
      {},
      { temperature: 32 },
    );
    expect(hot!.superior_id).toBe(tee._id);
  });

  it('spreads repeated pieces across suggestions: three jackets, three different', () => {
    const jackets = (['negro', 'gris', 'azul'] as const).map((color) => g('Outwear', { color }));
    const w = [
      ...jackets,
      g('T-shirt', { color: 'blanco' }),
      g('Shirt', { color: 'blanco' }),
      g('Longsleeve', { color: 'gris' }),
      g('Pants', { color: 'negro' }),
      g('Pants', { color: 'gris' }),
      g('Skirt', { color: 'negro' }),
      g('Shoes', { color: 'negro' }),
      g('Shoes', { color: 'blanco' }),
    ];
    const outfits = recommendOutfits(w, {}, { temperature: 8, limit: 3 });
    expect(new Set(outfits.map((o) => o.abrigo_id)).size).toBe(3);
  });

  it('rotation shows: the outfit just worn gives way, and the reasons say so first', () => {
    const dress = g('Dress', { color: 'negro' });
    const sandals = g('Shoes', { color: 'negro', calidez: 'ligera' });
    const w = [
      dress,
      sandals,
      g('Dress', { color: 'azul' }),
      g('Shoes', { color: 'beige' }),
      g('T-shirt', { color: 'blanco' }),
      g('Pants', { color: 'negro' }),
    ];
    const prefs = { incluirVestido: true, ocasion: 'fiesta' } as const;
    const [before] = recommendOutfits(w, prefs, { temperature: 24 });
    const worn = [before!.vestido_id!, before!.zapatos_id];
    const [after] = recommendOutfits(w, prefs, { temperature: 24, recentlyWorn: worn });
    expect(after!.key).not.toBe(before!.key);
    expect(worn).not.toContain(after!.vestido_id ?? after!.superior_id);
    expect(after!.detalles[0]!.code).toBe('rotacion.nuevas');
    // Nothing else to wear: the worn pieces come back, with the caveat first among caveats.
    const [again] = recommendOutfits([dress, sandals], prefs, { recentlyWorn: worn });
    const caveats = again!.detalles.filter((d) => d.kind === 'caveat');
    expect(caveats[0]!.code).toBe('rotacion.repite');
  });

  it('reasons first, caveats apart, in plain words with no model internals', () => {
    const doubtful = g('Shirt', { color: 'blanco', confirmado: false, confianza: 0.45 });
    const [o] = recommendOutfits([doubtful, g('Shorts', { color: 'rojo' }), g('Shoes')], {
      ocasion: 'formal',
    });
    const kinds = o!.detalles.map((d) => d.kind);
    expect(kinds.indexOf('caveat')).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf('caveat')).every((k) => k === 'caveat')).toBe(true);
    const doubt = o!.detalles.find((d) => d.code === 'confianza.dudosa')!;
    expect(doubt.kind).toBe('caveat');
    expect(doubt.text).not.toMatch(/%|modelo/);
    expect(doubt.text).toMatch(/camisa blanca/);
    expect(o!.explicaciones).toEqual(o!.detalles.map((d) => d.text));
  });
});
