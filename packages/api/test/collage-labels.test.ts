/** The words on the outfit PNG: language choice, garment names, and a layout that never overlaps. */
import { describe, expect, it } from 'vitest';
import { SLOTS, flatLayout } from '@fashion/core';
import {
  collageTexts,
  fitText,
  garmentLabel,
  langFromAcceptLanguage,
} from '../src/features/outfits/collage-labels.ts';

describe('collage labels', () => {
  it('takes the first of English/Spanish the browser prefers, else English', () => {
    expect(langFromAcceptLanguage('es-ES,es;q=0.9,en;q=0.8')).toBe('es');
    expect(langFromAcceptLanguage('fr-FR, en;q=0.3, es;q=0.6')).toBe('es');
    expect(langFromAcceptLanguage('en-GB,es;q=0.9')).toBe('en');
    expect(langFromAcceptLanguage('es;q=0, en')).toBe('en');
    expect(langFromAcceptLanguage('de-DE')).toBe('en');
    expect(langFromAcceptLanguage(undefined)).toBe('en');
  });

  it('names garments as the web app does', () => {
    const g = { clase_nombre: 'Longsleeve', color: 'marrón' } as const;
    expect(garmentLabel(g, 'en')).toEqual({ name: 'Long-sleeve top', colour: 'Brown' });
    expect(garmentLabel(g, 'es')).toEqual({ name: 'Manga larga', colour: 'Marrón' });
    expect(garmentLabel({ clase_nombre: 'Pants', color: 'beige' }, 'es').colour).toBe('Beige');
  });

  it('stacks every slot’s label in the free column, in order, apart, inside the canvas', () => {
    const placed = flatLayout(SLOTS).map((box) => ({
      box,
      label: garmentLabel({ clase_nombre: 'Longsleeve', color: 'multicolor' }, 'en'),
    }));
    const title = 'A very long outfit name that will not fit on two short lines at all, surely';
    const texts = collageTexts(placed, title, 'dark', 900, 1200);
    expect(texts).toHaveLength(SLOTS.length * 2 + 2);
    const tops = texts.map((t) => t.top);
    for (let i = 1; i < tops.length; i++) {
      expect(tops[i]! - tops[i - 1]!, `line ${i}`).toBeGreaterThanOrEqual(texts[i - 1]!.size + 4);
    }
    for (const t of texts) {
      expect(t.left).toBeGreaterThanOrEqual(0.66 * 900);
      expect(t.left + [...t.text].length * t.size * 0.6).toBeLessThanOrEqual(900);
      expect(t.top + t.size).toBeLessThanOrEqual(1200);
    }
    expect(texts.at(-1)!.text.endsWith('…')).toBe(true);
    const light = collageTexts(placed, title, 'light', 900, 1200);
    expect(light[0]!.colour).not.toBe(texts[0]!.colour);
  });

  it('cuts a name too long for its room with an ellipsis', () => {
    expect(fitText('Short', 20, 200)).toBe('Short');
    expect(fitText('A name far too long for a small room', 20, 128)).toBe('A name fa…');
  });
});
