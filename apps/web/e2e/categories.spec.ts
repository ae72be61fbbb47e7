/**
 * Categories of one's own in the browser: create, assign to a garment, filter by it, rename,
 * merge and delete (the garment keeps its class); screenshots on desktop (EN) and phone (ES).
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

async function clearCategories(request: APIRequestContext): Promise<void> {
  const res = await request.get('/api/categorias');
  expect(res.ok()).toBe(true);
  for (const c of (await res.json()) as { _id: string }[]) {
    expect((await request.delete(`/api/categorias/${c._id}`)).ok()).toBe(true);
  }
}

test('create, assign, filter, rename, merge and delete a category', async ({ page, request }) => {
  /** The row whose chip carries this exact name (merge lists name the others too). */
  const row = (name: string) =>
    page.getByTestId('category-row').filter({
      has: page.getByTestId('category-chip').getByText(name, { exact: true }),
    });
  await clearWardrobe(request);
  await clearCategories(request);
  const shirt = await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'rojo');
  await seedGarment(request, 'pants-1.jpg', 'Pants', 'negro');

  await page.goto('/settings');
  await page.getByRole('link', { name: /My categories/ }).click();
  await expect(page.getByRole('heading', { name: 'My categories', level: 1 })).toBeVisible();

  const create = page.getByRole('region', { name: 'Create category' });
  for (const [name, icon] of [
    ['Kimono', '👘'],
    ['Haori', '🧥'],
  ] as const) {
    await create.getByLabel('Name').fill(name);
    await create.getByLabel('Icon (emoji)').fill(icon);
    await create.getByLabel('Role in an outfit').selectOption('abrigo');
    await create.getByRole('button', { name: 'Create category' }).click();
    await expect(row(name)).toBeVisible();
  }
  // A name taken in another case is refused in words.
  await create.getByLabel('Name').fill('kimono');
  await create.getByRole('button', { name: 'Create category' }).click();
  await expect(page.getByText('You already have a category with this name.')).toBeVisible();
  await shot(page, 'categories-desktop-en');

  // Assign it on the garment page.
  await page.goto(`/garments/${shirt._id}`);
  await page.getByLabel('Category').selectOption({ label: '👘 Kimono · Outerwear' });
  await expect(page.getByText('Category saved')).toBeVisible();

  // The wardrobe card shows the chip and still the model's class.
  await page.goto('/wardrobe');
  const card = page.getByRole('link', { name: /Shirt/ }).first();
  await expect(card.getByTestId('category-chip')).toHaveText(/Kimono/);
  await expect(card).toContainText('Shirt');
  await shot(page, 'categories-wardrobe-chip-desktop-en', { fullPage: false });

  // Filter by it (the server's ?categoria=).
  await page.goto('/categories');
  const kimono = row('Kimono');
  await kimono.getByRole('button', { name: 'Wardrobe' }).click();
  await expect(kimono.getByTestId('category-garments').getByRole('link')).toHaveText([/Shirt/]);

  // Rename.
  await kimono.getByRole('button', { name: 'Edit' }).click();
  // While edited, the row holds the form (and no chip).
  const editing = page
    .getByTestId('category-row')
    .filter({ has: page.getByRole('button', { name: 'Save' }) });
  await editing.getByLabel('Name').fill('Kimono largo');
  await editing.getByRole('button', { name: 'Save' }).click();
  const renamed = row('Kimono largo');
  await expect(renamed).toBeVisible();

  // Merge into Haori: the shirt moves there.
  await renamed.getByRole('combobox', { name: /Merge into/ }).selectOption({ label: 'Haori' });
  await renamed.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Merged: 1 garment moved')).toBeVisible();
  await expect(page.getByTestId('category-row')).toHaveCount(1);
  const haori = row('Haori');
  await haori.getByRole('button', { name: 'Wardrobe' }).click();
  await expect(haori.getByTestId('category-garments').getByRole('link')).toHaveText([/Shirt/]);

  // Delete with confirmation: the garment keeps its class and loses the category.
  await haori.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete “Haori”?' });
  await expect(dialog).toContainText('with their class');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No categories yet.')).toBeVisible();
  await page.goto(`/garments/${shirt._id}`);
  await expect(page.getByRole('heading', { name: 'Shirt', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Category')).toHaveValue('');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('phone: the categories screen in Spanish', async ({ page, request }) => {
    await clearCategories(request);
    for (const body of [
      { nombre: 'Kimono', icono: '👘', rol: 'abrigo', refina: 'Outwear' },
      { nombre: 'Bodys', color: '#d9488f', rol: 'superior' },
    ]) {
      expect((await request.post('/api/categorias', { data: body })).status()).toBe(201);
    }
    await page.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
    await page.goto('/categories');
    await expect(page.getByRole('heading', { name: 'Mis categorías', level: 1 })).toBeVisible();
    await expect(page.getByTestId('category-row')).toHaveCount(2);
    await expectNoHorizontalScroll(page);
    await shot(page, 'categories-phone-es');
  });
});
