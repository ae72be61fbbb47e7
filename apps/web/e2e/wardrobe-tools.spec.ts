/**
 * The wardrobe's tools against the real server: search and filters, select several and set their
 * occasions at once, the one garment editor, and the review screen — in English and Spanish, on a
 * desktop and a phone (screenshots under .artifacts/screenshots/).
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

const SEED = [
  ['t-shirt-1.jpg', 'T-shirt', 'blanco'],
  ['shirt-1.jpg', 'Shirt', 'azul'],
  ['pants-1.jpg', 'Pants', 'azul'],
  ['skirt-1.jpg', 'Skirt', 'negro'],
  ['shoes-1.jpg', 'Shoes', 'negro'],
  ['dress-1.jpg', 'Dress', 'rojo'],
] as const;

async function inLanguage(page: Page, lang: 'en' | 'es') {
  await page.addInitScript((l) => localStorage.setItem('fashion.lang', l), lang);
}

test('search, select a range, set occasions at once, edit one garment', async ({
  page,
  request,
}) => {
  await clearWardrobe(request);
  for (const [file, clase, color] of SEED) await seedGarment(request, file, clase, color);
  await inLanguage(page, 'en');
  await page.goto('/wardrobe');
  const grid = page.getByRole('list', { name: 'Wardrobe' });
  await expect(grid.getByTestId('garment-card')).toHaveCount(6);

  await page.getByRole('searchbox').fill('blue');
  await expect(grid.getByTestId('garment-card')).toHaveCount(2);
  await page.getByRole('searchbox').fill('');
  await expect(grid.getByTestId('garment-card')).toHaveCount(6);

  await page.getByRole('button', { name: 'Select', exact: true }).click();
  const cards = grid.getByTestId('garment-card');
  await cards.nth(0).click();
  await cards.nth(2).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: 'Change the selected garments' });
  await expect(bar).toContainText('3 selected');
  await bar.getByRole('button', { name: 'Occasions' }).click();
  await bar.getByRole('button', { name: 'Work' }).click();
  await shot(page, 'wardrobe-batch-en-1280', { fromTop: false });
  await bar.getByRole('button', { name: 'Apply to 3 garments' }).click();
  await expect(page.getByText('3 garments updated.')).toBeVisible();
  // On the server, not only on the screen.
  await expect
    .poll(async () => {
      const list = (await (await request.get('/api/prendas')).json()) as { ocasion: string[] }[];
      return list.filter((g) => g.ocasion.includes('trabajo')).length;
    })
    .toBe(3);

  // The one editor on the garment page: warmth through the generic select.
  await page.getByRole('button', { name: 'Done' }).click();
  await cards.nth(5).click();
  const warmth = page.getByRole('combobox', { name: 'Warmth' });
  await warmth.selectOption('abrigada');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await shot(page, 'garment-editor-en-1280');
});

for (const lang of ['en', 'es'] as const) {
  for (const [w, h] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    test(`screens ${lang} ${w}×${h}: wardrobe, select, review, add`, async ({ page, request }) => {
      await clearWardrobe(request);
      for (const [file, clase, color] of SEED) await seedGarment(request, file, clase, color);
      // Two the model guessed and nobody confirmed, for the review screen.
      for (const file of ['hat-1.jpg', 'shorts-1.jpg']) {
        const g = await seedGarment(
          request,
          file,
          file.startsWith('hat') ? 'Hat' : 'Shorts',
          'gris',
        );
        expect(g._id).toBeTruthy();
      }
      await page.setViewportSize({ width: w, height: h });
      await inLanguage(page, lang);
      await page.goto('/wardrobe');
      await expect(page.getByTestId('garment-card').first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await shot(page, `wardrobe-${lang}-${w}`);
      await page
        .getByRole('button', { name: lang === 'en' ? 'Select' : 'Seleccionar', exact: true })
        .click();
      await page.getByTestId('garment-card').first().click();
      await expectNoHorizontalScroll(page);
      await shot(page, `wardrobe-select-${lang}-${w}`, { fullPage: false, fromTop: false });
      await page.goto('/review');
      await expect(
        page.getByTestId('review-list').or(page.getByText(/Nothing to review|Nada que revisar/)),
      ).toBeVisible();
      await expectNoHorizontalScroll(page);
      await shot(page, `review-${lang}-${w}`);
      await page.goto('/add');
      await expectNoHorizontalScroll(page);
      await shot(page, `add-${lang}-${w}`);
    });
  }
}
