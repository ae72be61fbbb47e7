/**
 * Settings' "Your data" in the browser against the real server: download the wardrobe ZIP,
 * empty the wardrobe, import the downloaded file, and the garments, outfit and wears are back;
 * importing it again adds nothing. Then the same file goes into a second server started on a
 * fresh, empty data folder, whose wardrobe shows the same garments with their photos. Screenshots
 * on desktop (EN) and phone (ES).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request as http, test } from '@playwright/test';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, seedGarment, shot } from './helpers.ts';
import { startServer } from './server.ts';

type Listed = { _id: string; clase_nombre: string; color: string; imagen_url: string };
const summary = (gs: Listed[]) => gs.map((g) => `${g.clase_nombre}/${g.color}`).sort();

test.use({ baseURL: baseURL() });

test('download the wardrobe, empty it, import the file back', async ({ page, request }) => {
  await clearWardrobe(request);
  const shirt = await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'azul');
  const pants = await seedGarment(request, 'pants-1.jpg', 'Pants', 'negro');
  const shoes = await seedGarment(request, 'shoes-1.jpg', 'Shoes', 'blanco');
  const saved = await request.post('/api/outfits/save', {
    data: { superior_id: shirt._id, inferior_id: pants._id, zapatos_id: shoes._id },
  });
  expect(saved.status()).toBe(201);
  const { _id: outfitId } = (await saved.json()) as { _id: string };
  expect((await request.post('/api/usos', { data: { outfit_id: outfitId } })).status()).toBe(201);

  await page.goto('/settings');
  const data = page.getByRole('region', { name: 'Your data' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    data.getByRole('button', { name: 'Download my wardrobe' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^fashion-ai-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = await download.path();
  await expect(page.getByText('Your wardrobe was downloaded')).toBeVisible();

  await clearWardrobe(request);
  expect((await (await request.get('/api/prendas')).json()) as unknown[]).toHaveLength(0);

  await data.getByLabel(/Import a wardrobe/).setInputFiles(file);
  const result = data.getByTestId('import-result');
  await expect(result).toContainText('Added: 3 garments, 1 outfit, 1 wear');
  await data.scrollIntoViewIfNeeded();
  await shot(page, 'portability-desktop-en', { fullPage: false, fromTop: false });
  expect((await (await request.get('/api/prendas')).json()) as unknown[]).toHaveLength(3);

  // The same file again: nothing new.
  await data.getByLabel(/Import a wardrobe/).setInputFiles(file);
  await expect(result).toContainText('Nothing new');
  await expect(result).toContainText('3 garments were already here');
  expect((await (await request.get('/api/prendas')).json()) as unknown[]).toHaveLength(3);

  // Another machine: a second server on a fresh, empty data folder takes the same file.
  const here = (await (await request.get('/api/prendas')).json()) as Listed[];
  const weather = process.env.E2E_WEATHER_URL;
  if (!weather) throw new Error('E2E_WEATHER_URL is not set: run through playwright.config.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'fashion-e2e-fresh-'));
  const fresh = await startServer(dataDir, weather);
  const there = await http.newContext({ baseURL: fresh.url });
  try {
    expect((await (await there.get('/api/prendas')).json()) as unknown[]).toHaveLength(0);
    await page.goto(`${fresh.url}/settings`);
    const freshData = page.getByRole('region', { name: 'Your data' });
    await freshData.getByLabel(/Import a wardrobe/).setInputFiles(file);
    await expect(freshData.getByTestId('import-result')).toContainText(
      'Added: 3 garments, 1 outfit, 1 wear',
    );
    const imported = (await (await there.get('/api/prendas')).json()) as Listed[];
    expect(summary(imported)).toEqual(summary(here));
    expect(summary(imported)).toEqual(['Pants/negro', 'Shirt/azul', 'Shoes/blanco']);

    // Its wardrobe shows the three, by name, and every photo loads from the new server.
    await page.goto(`${fresh.url}/wardrobe`);
    const grid = page.getByRole('list', { name: 'Wardrobe' });
    await expect(grid.getByRole('link')).toHaveCount(3);
    await expect(page.getByTestId('wardrobe-count')).toHaveText('3 garments');
    for (const name of ['Shirt', 'Trousers', 'Shoes'])
      await expect(grid.getByText(name, { exact: true })).toBeVisible();
    const imgs = grid.locator('img');
    await expect(imgs).toHaveCount(3);
    for (const img of await imgs.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
        .toBeGreaterThan(0);
      expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).toContain(fresh.url);
    }
    for (const g of imported) {
      const res = await there.get(g.imagen_url);
      expect(res.status(), g.imagen_url).toBe(200);
      expect(res.headers()['content-type']).toMatch(/^image\//);
    }
    await shot(page, 'portability-fresh-server-en');
  } finally {
    await there.dispose();
    await fresh.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('phone: a file that is not an export is refused in Spanish', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
    await page.goto('/settings');
    const data = page.getByRole('region', { name: 'Tus datos' });
    await data.getByLabel(/Importar un armario/).setInputFiles({
      name: 'notes.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('not a zip'),
    });
    await expect(data.getByRole('alert')).toContainText(
      'Este archivo no es una exportación de Fashion AI o está dañado.',
    );
    await data.scrollIntoViewIfNeeded();
    await expectNoHorizontalScroll(page);
    await shot(page, 'portability-phone-es', { fullPage: false, fromTop: false });
  });
});
