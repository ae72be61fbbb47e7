import { describe, expect, it } from 'vitest';
import * as core from '@fashion/core';
import { DEFAULT_PREFERENCES } from '@fashion/core';
import { validateDraft } from '../src/features/settings/profile-form.ts';
import { matchPath } from '../src/router/router.tsx';
import { readConfig } from '../src/config.ts';
import { missingWords } from '../src/features/outfits/missing.ts';
import { reasonTexts } from '../src/features/outfits/WhyItWorks.tsx';
import type { Detail, Recommendation } from '../src/api/types.ts';
import { toOutfitSave, recommendPath } from '../src/api/outfits.ts';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';

describe('small pieces', () => {
  it('validates profile ranges (edad 0–120 whole, altura 50–260, peso 20–400)', () => {
    expect(validateDraft({ nombre: ' Ana ', edad: '34', altura: '170,5', peso: '' })).toEqual({
      errors: {},
      update: { nombre: 'Ana', edad: 34, altura: 170.5 },
    });
    expect(validateDraft({ nombre: '', edad: '121', altura: '49', peso: '401' }).errors).toEqual({
      edad: true,
      altura: true,
      peso: true,
    });
    expect(validateDraft({ nombre: '', edad: '3.5', altura: 'abc', peso: '20' }).errors).toEqual({
      edad: true,
      altura: true,
    });
    const { update } = validateDraft({ nombre: 'x', edad: '0', altura: '260', peso: '400' });
    expect(core.PreferencesUpdateSchema.safeParse(update).success).toBe(true);
  });

  it('matches deep-link paths', () => {
    expect(matchPath('/garments/:id', '/garments/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/garments/:id', '/garments/abc/')).toEqual({ id: 'abc' });
    expect(matchPath('/saved', '/saved/1')).toBeNull();
    expect(matchPath('/garments/:id', '/garments/%E0%A4%A')).toBeNull();
  });

  it('reads the build configuration; Auth0 only with domain and client id', () => {
    expect(readConfig({})).toEqual({ apiBase: '', auth0: null });
    expect(
      readConfig({
        VITE_API_BASE_URL: 'https://api.example.com/',
        VITE_AUTH0_DOMAIN: 'x.eu.auth0.com',
      }).auth0,
    ).toBeNull();
    expect(
      readConfig({
        VITE_API_BASE_URL: 'https://api.example.com/',
        VITE_AUTH0_DOMAIN: 'x.eu.auth0.com',
        VITE_AUTH0_CLIENT_ID: 'cid',
        VITE_AUTH0_AUDIENCE: 'https://api',
        VITE_AUTH0_CALLBACK_URL: 'https://app.example.com',
      }),
    ).toEqual({
      apiBase: 'https://api.example.com',
      auth0: {
        domain: 'x.eu.auth0.com',
        clientId: 'cid',
        audience: 'https://api',
        callbackUrl: 'https://app.example.com',
      },
    });
  });

  it('words the missing pieces of a wardrobe in the UI language, from the codes', () => {
    const body = {
      error: 'x',
      missing: ['add shoes', 'add a bottom (pants, shorts or skirt)'],
      codes: ['shoes', 'bottom'],
    };
    expect(missingWords(body, en)).toEqual(['shoes', 'a bottom (trousers, shorts or skirt)']);
    expect(missingWords(body, es)[0]).toBe('zapatos');
    // An unknown code: the server's own words.
    expect(missingWords({ ...body, codes: ['shoes', 'belt'] }, en)).toEqual(body.missing);
  });

  it('words the reasons in the UI language from code and params, caveats apart', () => {
    const detalles: Detail[] = [
      {
        code: 'color.complementarios',
        kind: 'reason',
        text: 'Colores complementarios…',
        delta: 6.5,
        params: { a: 'azul', b: 'naranja' },
      },
      {
        code: 'clima.abrigo',
        kind: 'reason',
        text: 'Hace 8 °C y llueve: lleva abrigo.',
        delta: 4,
        params: { temperatura: 8, lluvia: 1 },
      },
      {
        code: 'preferidos.ninguno',
        kind: 'caveat',
        text: 'No lleva…',
        delta: -3,
        params: { colores: 'rojo,verde' },
      },
      { code: 'algo.nuevo', text: 'Texto del servidor.', delta: 0 },
    ];
    expect(reasonTexts(detalles, [], 'en', en)).toEqual({
      reasons: [
        'Complementary colours that balance: blue and orange.',
        'It is 8 °C and raining: wear a coat.',
        'Texto del servidor.',
      ],
      caveats: ['None of your favourite colours (red and green).'],
    });
    expect(reasonTexts(detalles, [], 'es', es).reasons[1]).toBe(
      'Hace 8 °C y llueve: lleva abrigo.',
    );
    // A saved outfit from before the codes: its sentences as they were.
    expect(reasonTexts(undefined, ['a', ''], 'en', en)).toEqual({ reasons: ['a'], caveats: [] });
  });

  it('builds a strict, valid save body and a valid recommend query', () => {
    const id = (n: number) => n.toString(16).padStart(24, '0');
    // An outfit as an older server answered it: no reasons, breakdown or occasion of its own.
    const old: Recommendation = {
      key: 'k',
      puntuacion: 101,
      explicaciones: ['a'.repeat(600)],
      superior_id: id(1),
      inferior_id: id(2),
      zapatos_id: id(3),
      prendas: {},
    };
    const body = toOutfitSave(old, 'formal');
    expect(body.ocasion).toBe('formal');
    const parsed = core.OutfitSaveSchema.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(body.puntuacion).toBe(100);
    // The API's slots hold the garments (populated, for the original clients): ids are sent.
    const garment = (n: number) =>
      ({ _id: id(n), clase_nombre: 'Shirt', color: 'azul' }) as unknown as core.Garment;
    const wire: Recommendation = {
      key: 'k',
      puntuacion: 80,
      explicaciones: [],
      superior_id: garment(4),
      inferior_id: garment(5),
      zapatos_id: garment(6),
      prendas: {},
      // A reason a newer server knows and this app does not is left out of the save.
      detalles: [{ code: 'algo.nuevo', text: 'x', delta: 0 }],
    };
    const populated = toOutfitSave(wire, 'casual');
    expect(populated.razones).toEqual([]);
    expect(populated).toMatchObject({ superior_id: id(4), inferior_id: id(5), zapatos_id: id(6) });
    expect(core.OutfitSaveSchema.safeParse(populated).success).toBe(true);
    const path = recommendPath(
      { ...DEFAULT_PREFERENCES, colores: ['azul'], temperature: 12, rain: true },
      ['k1', 'k2'],
      3,
    );
    const q = Object.fromEntries(new URL(path, 'http://x').searchParams);
    const r = core.RecommendQuerySchema.safeParse(q);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      colores: ['azul'],
      exclude: ['k1', 'k2'],
      temperature: 12,
      rain: true,
      limit: 3,
    });
  });

  it('has every Spanish string the English dictionary has', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`],
      );
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });
});
