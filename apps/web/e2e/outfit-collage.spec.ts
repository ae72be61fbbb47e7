/**
 * Outfit collages on real photos: once the garments have their cut-outs, a saved outfit and the
 * suggestions show the flat-lay of cut-outs, and the saved outfit downloads as the server's PNG
 * (900 × 1200). Desktop in English (light and dark), phone in Spanish; screenshots
 * .artifacts/screenshots/collage-*.png.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { baseURL, clearWardrobe, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

async function wardrobeWithCutouts(request: APIRequestContext) {
  await clearWardrobe(request);
  const top = await seedGarment(request, 't-shirt-1.jpg', 'T-shirt', 'blanco', ['casual']);
  const bottom = await seedGarment(request, 'pants-1.jpg', 'Pants', 'azul', ['casual']);
  const shoes = await seedGarment(request, 'shoes-1.jpg', 'Shoes', 'negro', ['casual']);
  const coat = await seedGarment(request, 'outwear-2.jpg', 'Outwear', 'verde', ['casual']);
  // The cut-outs follow the uploads in the background.
  await expect
    .poll(
      async () => {
        const list = (await (await request.get('/api/prendas')).json()) as {
          recorte_url?: string;
        }[];
        return list.filter((g) => g.recorte_url).length;
      },
      { timeout: 90_000 },
    )
    .toBe(4);
  const res = await request.post('/api/outfits/save', {
    data: {
      superior_id: top._id,
      inferior_id: bottom._id,
      zapatos_id: shoes._id,
      abrigo_id: coat._id,
      puntuacion: 80,
      ocasion: 'casual',
      nombre: 'Weekend walk',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { _id: string })._id;
}

test('desktop: a saved outfit as a collage of cut-outs, downloaded as a PNG, light and dark', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = await wardrobeWithCutouts(request);

  await page.goto(`/saved/${id}`);
  const collage = page.getByTestId('collage');
  await expect(collage.locator('img[data-cutout="true"]')).toHaveCount(4);
  // Back to front: the coat lies behind the top.
  const order = await collage
    .locator('[data-slot]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-slot')));
  expect(order.indexOf('abrigo')).toBeLessThan(order.indexOf('superior'));
  await shot(page, 'collage-saved-desktop-en');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download image' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('weekend-walk.png');
  const png = readFileSync((await download.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, right after the signature and the chunk header.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([900, 1200]);

  // The saved list shows the collage too; and both in the dark theme.
  await page.goto('/saved');
  await expect(page.getByTestId('collage').locator('img[data-cutout="true"]')).toHaveCount(4);
  await page.evaluate(() => localStorage.setItem('fashion.theme', 'dark'));
  await page.goto(`/saved/${id}`);
  await expect(collage.locator('img[data-cutout="true"]')).toHaveCount(4);
  await shot(page, 'collage-saved-desktop-en-dark');
});

test('phone (Spanish): suggestions and the saved outfit as collages', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
  const id = await wardrobeWithCutouts(request);

  await page.goto('/outfits');
  await page.getByRole('button', { name: 'Sugerir outfits' }).click();
  const first = page.getByTestId('outfit-card').first();
  await expect(first.getByTestId('collage').locator('img[data-cutout="true"]')).not.toHaveCount(0);
  await first.scrollIntoViewIfNeeded();
  await shot(page, 'collage-suggestions-phone-es', { fullPage: false, fromTop: false });

  await page.goto(`/saved/${id}`);
  await expect(page.getByTestId('collage').locator('img[data-cutout="true"]')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Descargar imagen' })).toBeVisible();
  await shot(page, 'collage-saved-phone-es');
});
