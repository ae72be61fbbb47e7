/**
 * GET /api/outfits/:id/image: the saved outfit as a flat-lay PNG (core's flatLayout), from each
 * garment's cut-out where it is shown, else its photo, each garment named beside it in English or
 * Spanish (`lang`, else Accept-Language). Owner-scoped; the ETag names what the picture is made
 * of (garments' images and switches, theme, language, the words drawn), so a revalidation is cheap.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { SLOTS, SLOT_ID_FIELD, flatLayout, type SlotName } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { HttpError, notFound } from '../../http/errors.ts';
import { IdParams, bearer, errorResponses, featureRouter } from '../../http/openapi.ts';
import type { StoredGarment } from '../../ports/store.ts';
import {
  COLLAGE_LANGS,
  collageTexts,
  garmentLabel,
  langFromAcceptLanguage,
  type LabelledBox,
} from './collage-labels.ts';

const WIDTH = 900;
const HEIGHT = 1200;
const BACKGROUND = { light: '#f3efe8', dark: '#292524' } as const;

const route = createRoute({
  method: 'get',
  path: '/api/outfits/{id}/image',
  summary: 'The saved outfit as a flat-lay PNG of its cut-outs (photos where none)',
  security: bearer,
  request: {
    params: IdParams,
    query: z.strictObject({
      theme: z.enum(['light', 'dark']).optional(),
      lang: z.enum(COLLAGE_LANGS).optional(),
    }),
  },
  responses: {
    200: { description: 'PNG, 900 × 1200', content: { 'image/png': { schema: z.string() } } },
    304: { description: 'Not modified' },
    ...errorResponses(400, 401, 404, 503),
  },
});

function imageKeyOf(g: StoredGarment): string {
  return g.recorte_key && g.mostrar_recorte !== false ? g.recorte_key : g.image_key;
}

/** A short hex digest (Web Crypto, so it runs where the route does). */
async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function collageRoutes(ctx: AppContext) {
  const app = featureRouter();
  app.openapi(route, async (c) => {
    const { compositor, store, images } = ctx;
    if (!compositor) throw new HttpError(503, 'outfit images are not configured on this server');
    const userId = userIdOf(c);
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const theme = query.theme ?? 'light';
    const lang = query.lang ?? langFromAcceptLanguage(c.req.header('accept-language'));
    const outfit = await store.outfits.get(userId, id);
    if (!outfit) throw notFound(`outfit ${id}`);
    const ids = new Map<SlotName, string>();
    for (const slot of SLOTS) {
      const gid = outfit[SLOT_ID_FIELD[slot]];
      if (typeof gid === 'string') ids.set(slot, gid);
    }
    const garments = new Map(
      (await store.garments.getMany(userId, [...ids.values()])).map((g) => [g._id, g]),
    );
    const placed = flatLayout([...ids.keys()]).flatMap((box): (LabelledBox & { key: string })[] => {
      const g = garments.get(ids.get(box.slot)!);
      return g ? [{ box, key: imageKeyOf(g), label: garmentLabel(g, lang) }] : [];
    });
    const texts = collageTexts(placed, outfit.nombre, theme, WIDTH, HEIGHT);
    // The words can change with no new image (a garment's colour or the outfit renamed): a digest.
    const words = await digest(texts.map((t) => t.text).join('\n'));
    const etag = `"${theme}:${lang}:${words}:${placed.map((p) => p.key).join(',')}"`;
    const headers = {
      ETag: etag,
      'Cache-Control': 'private, max-age=300',
      // Without `lang`, the language comes from this header.
      Vary: 'Accept-Language',
    };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    const layers = await Promise.all(
      placed.map(async ({ box, key }) => {
        const object = await images.get(key);
        if (!object) return null;
        return {
          image: object.body,
          box: {
            left: Math.round(box.x * WIDTH),
            top: Math.round(box.y * HEIGHT),
            width: Math.round(box.width * WIDTH),
            height: Math.round(box.height * HEIGHT),
          },
        };
      }),
    );
    const png = await compositor.composePng(
      WIDTH,
      HEIGHT,
      BACKGROUND[theme],
      layers.filter((l) => l !== null),
      texts,
    );
    return c.body(png as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'image/png' });
  });
  return app;
}
