/**
 * The wardrobe with 200 garments stays responsive. The server holds five real garments; the
 * browser is handed 200 (copies of them with their own ids) by rewriting the list answer, so the
 * rendering, lazy images and filtering are measured in a real browser at that size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { baseURL, clearWardrobe, ROOT, seedGarment } from './helpers.ts';

test.use({ baseURL: baseURL() });

const COLORS = ['negro', 'blanco', 'azul', 'gris', 'beige'];

test('200 garments: quick to show, lazy images, instant search', async ({ page, request }) => {
  await clearWardrobe(request);
  await seedGarment(request, 't-shirt-1.jpg', 'T-shirt', 'blanco');
  await seedGarment(request, 'pants-2.jpg', 'Pants', 'azul');
  await seedGarment(request, 'shoes-1.jpg', 'Shoes', 'negro');
  await seedGarment(request, 'dress-1.jpg', 'Dress', 'rojo');
  await seedGarment(request, 'hat-1.jpg', 'Hat', 'beige');
  const real = (await (await request.get('/api/prendas')).json()) as Record<string, unknown>[];

  // Each copy gets its own image URL (the query is ignored by the server) so loads can be counted.
  const many = Array.from({ length: 200 }, (_, i) => {
    const g = real[i % real.length]!;
    return {
      ...g,
      _id: (0x100000 + i).toString(16).padStart(24, '0'),
      color: COLORS[i % COLORS.length],
      thumbnail_url: `${String(g.thumbnail_url)}?copy=${i}`,
    };
  });
  // The web reads the list by cursor pages (`?limit=&cursor=` → `{items, next}`): one page here.
  await page.route(
    (url) => url.pathname === '/api/prendas',
    (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      const params = new URL(route.request().url()).searchParams;
      // The server filters: a search for "blue" answers the blue copies (as the API would).
      const items = params.get('q') === 'blue' ? many.filter((g) => g.color === 'azul') : many;
      return route.fulfill({ json: params.has('limit') ? { items, next: null } : items });
    },
  );

  await page.goto('/wardrobe');
  await expect(page.getByTestId('wardrobe-count')).toHaveText('200 garments');
  // The grid is virtualised: the first screenful is rendered, not all 200.
  const cards = page.getByRole('list', { name: 'Wardrobe' }).getByRole('link');
  await expect(cards.first()).toBeVisible();
  const rendered = await cards.count();
  expect(rendered).toBeGreaterThanOrEqual(12);
  expect(rendered).toBeLessThan(200);

  // Only the images near the screen are fetched; the rest wait for scrolling.
  await page.waitForLoadState('networkidle');
  const loaded = await page.evaluate(
    () =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/images/'))
        .length,
  );
  const boxes = await page
    .locator('ul[aria-label="Wardrobe"] img')
    .evaluateAll((imgs) =>
      imgs.every(
        (i) => i.getAttribute('loading') === 'lazy' && i.getAttribute('decoding') === 'async',
      ),
    );
  expect(boxes).toBe(true);

  // Typing asks the server (here the route above) for the matches, once typing pauses.
  const search = page.getByRole('searchbox');
  await search.fill('blue');
  await expect(page.getByTestId('wardrobe-count')).toHaveText('40 of 200 garments');

  console.log(`[perf] images fetched before scrolling: ${loaded} of 200`);
  expect(loaded).toBeLessThan(60);
});

test('initial JavaScript stays within 250 KB gzip', async ({ page }) => {
  await page.goto('/wardrobe');
  await expect(page.getByRole('heading', { name: 'Wardrobe', level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js')),
  );
  let gzip = 0;
  for (const path of scripts) {
    gzip += gzipSync(readFileSync(join(ROOT, 'apps/web/dist', path))).length;
  }
  console.log(
    `[perf] first load of /wardrobe: ${scripts.length} scripts, ${(gzip / 1024).toFixed(1)} KB gzip`,
  );
  expect(scripts.some((s) => s.includes('Auth0Root'))).toBe(false);
  expect(gzip).toBeLessThanOrEqual(250 * 1024);
});
