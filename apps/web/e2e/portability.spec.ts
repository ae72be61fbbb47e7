/**
 * Settings' "Your data" in the browser against the real server: download the wardrobe ZIP,
 * empty the wardrobe, import the downloaded file, and the garments, outfit and wears are back;
 * importing it again adds nothing. Screenshots on desktop (EN) and phone (ES).
 */
import { expect, test } from '@playwright/test';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, seedGarment, shot } from './helpers.ts';

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
