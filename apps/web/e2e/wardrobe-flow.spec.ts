/**
 * The whole journey against the real server: photos in → classified (or picked by hand when the
 * server has no model) → wardrobe → outfits → save → saved outfits → delete a garment.
 */
import { expect, test } from '@playwright/test';
import { baseURL, clearWardrobe, modelsLoaded, photo, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

const PHOTOS = [
  { file: 't-shirt-1.jpg', clase: 'T-shirt', label: 'T-shirt', color: 'blanco' },
  { file: 'shirt-1.jpg', clase: 'Shirt', label: 'Shirt', color: 'azul' },
  { file: 'pants-1.jpg', clase: 'Pants', label: 'Trousers', color: 'azul' },
  { file: 'skirt-1.jpg', clase: 'Skirt', label: 'Skirt', color: 'negro' },
  { file: 'shoes-1.jpg', clase: 'Shoes', label: 'Shoes', color: 'negro' },
];

test.beforeEach(async ({ request }) => {
  await clearWardrobe(request);
});

test('add photos, get outfits, save one, delete a garment', async ({ page, request }) => {
  const classified = await modelsLoaded(request);

  await page.goto('/');
  await expect(page).toHaveURL(/\/wardrobe$/);
  await expect(page.getByRole('heading', { name: 'Your wardrobe is empty' })).toBeVisible();
  await shot(page, 'wardrobe-empty');

  await page.getByRole('link', { name: 'Add your first photo' }).click();
  await expect(page.getByRole('heading', { name: 'Add garments', level: 1 })).toBeVisible();
  await page.getByTestId('file-input').setInputFiles(PHOTOS.map((p) => photo(p.file)));

  const items = page.getByTestId('add-item');
  await expect(items).toHaveCount(PHOTOS.length);
  for (const p of PHOTOS) {
    // By file name: photos in doubt are listed first, so the order is not the upload order.
    const item = page.getByRole('listitem', { name: p.file, exact: true });
    await expect(item).toHaveAttribute('data-stage', 'review', { timeout: 60_000 });
    if (classified) {
      // Both models answered: class, confidence and colour of each, with a top 3.
      for (const m of ['cnn', 'vit']) {
        const result = item.getByTestId(`result-${m}`);
        await expect(result).toContainText('%');
        await expect(result.getByRole('button', { name: /Use this|Chosen/ })).toBeVisible();
      }
    } else {
      await expect(
        item.getByText('Automatic recognition is not available right now'),
      ).toBeVisible();
      await expect(item.getByRole('button', { name: 'Save to wardrobe' })).toBeDisabled();
      await item.getByRole('combobox', { name: 'Colour' }).selectOption(p.color);
    }
    // Correct (or pick) the class: the wardrobe then holds exactly what the test expects.
    await item.getByRole('combobox', { name: 'Garment' }).selectOption(p.clase);
  }
  await page
    .getByRole('listitem', { name: PHOTOS[0]!.file, exact: true })
    .getByRole('button', { name: 'Casual' })
    .click();
  await shot(page, 'add-review');

  await page.getByRole('button', { name: `Save all (${PHOTOS.length})` }).click();
  for (let i = 0; i < PHOTOS.length; i++) {
    await expect(items.nth(i).getByText('Saved to your wardrobe.')).toBeVisible({
      timeout: 60_000,
    });
  }
  await shot(page, 'add-saved');

  // The wardrobe shows them, with real thumbnails.
  await page.getByRole('link', { name: 'Go to wardrobe' }).click();
  const grid = page.getByRole('list', { name: 'Wardrobe' });
  await expect(grid.getByRole('link')).toHaveCount(PHOTOS.length);
  await expect(page.getByTestId('wardrobe-count')).toHaveText('5 garments');
  const firstImg = grid.locator('img').first();
  await expect(firstImg).toHaveAttribute('loading', 'lazy');
  await expect
    .poll(() => firstImg.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
    .toBeGreaterThan(0);
  await expect(grid.getByText('T-shirt', { exact: true })).toBeVisible();
  await shot(page, 'wardrobe');

  await page.getByRole('combobox', { name: 'Type' }).selectOption('inferior');
  await expect(grid.getByRole('link')).toHaveCount(2);
  await expect(page.getByTestId('wardrobe-count')).toHaveText('2 of 5 garments');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox').fill('casual');
  await expect(grid.getByRole('link')).toHaveCount(1);

  // Outfits: generate, show more, save one.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Outfits' })
    .click();
  await page.getByRole('button', { name: 'Suggest outfits' }).click();
  const cards = page.getByTestId('outfit-card');
  await expect(cards.first()).toBeVisible();
  const firstCount = await cards.count();
  expect(firstCount).toBeGreaterThanOrEqual(1);
  expect(firstCount).toBeLessThanOrEqual(3);
  await expect(cards.first().getByLabel(/Score \d+ out of 100/)).toBeVisible();
  await expect(cards.first().getByRole('img', { name: /^Shoes: / })).toBeVisible();
  await expect(cards.first().getByRole('listitem').first()).toBeVisible();
  await shot(page, 'outfits');

  // 2 tops × 2 bottoms × 1 shoes = 4 combinations: "more" brings the rest, then says so.
  if (firstCount === 3) {
    await page.getByRole('button', { name: 'Show 3 more' }).click();
    await expect(page.getByText(/No more outfits to suggest/)).toBeVisible();
    await expect(cards).toHaveCount(4);
  }

  await cards.first().getByRole('button', { name: 'Save outfit' }).click();
  await expect(cards.first().getByRole('link', { name: 'Saved' })).toBeVisible();

  // It is in the saved outfits, and its detail opens by deep link too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
  const saved = page.getByTestId('outfit-card');
  await expect(saved).toHaveCount(1);
  await expect(saved.getByRole('img')).toHaveCount(3);
  await shot(page, 'saved');
  await saved.getByRole('link', { name: /^Open/ }).click();
  await expect(page).toHaveURL(/\/saved\/[0-9a-f]{24}$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Casual' })).toBeVisible();
  // The saved outfit's page shows the flat-lay collage (cut-outs, or photos while they are made).
  await expect(page.getByTestId('collage').getByRole('img')).toHaveCount(3);
  await shot(page, 'saved-outfit');

  // "I wore this today" stamps its garments in the database; the garment page shows it.
  await page.getByRole('button', { name: 'I wore this today' }).click();
  await expect(page.getByText(/these pieces rest for a few days/)).toBeVisible();

  // Delete the garment the saved outfit wears as its bottom: the outfit goes with it.
  // Saved outfits come with their garments populated, as the original Fashion AI clients read them.
  const outfits = (await (await request.get('/api/outfits')).json()) as {
    inferior_id: { _id: string };
  }[];
  const bottomId = outfits[0]!.inferior_id._id;
  const bottom = (await (await request.get(`/api/prendas/${bottomId}`)).json()) as {
    ultimo_uso?: string;
    fecha_agregada: string;
  };
  // Stamped by this click: worn after it was added (an order, not a clock).
  expect(Date.parse(bottom.ultimo_uso ?? '')).toBeGreaterThanOrEqual(
    Date.parse(bottom.fecha_agregada),
  );
  await page.goto(`/garments/${bottomId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trousers|Skirt/);
  await expect(page.getByText(/last worn/)).toBeVisible();
  await shot(page, 'garment');
  await page.getByRole('button', { name: 'Delete garment' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this garment?' });
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(/\/wardrobe$/);
  await expect(page.getByTestId('wardrobe-count')).toHaveText('4 garments');
  expect((await request.get(`/api/prendas/${bottomId}`)).status()).toBe(404);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
  await expect(page.getByRole('heading', { name: 'No saved outfits yet' })).toBeVisible();
});

test('the model, settings and language screens', async ({ page }) => {
  await page.goto('/model');
  await expect(page.getByRole('region', { name: 'CNN' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vision Transformer' })).toBeVisible();
  await expect(page.getByText(/No metrics yet|Accuracy/).first()).toBeVisible();
  await shot(page, 'model');

  await page.goto('/settings');
  await expect(page.getByText(/without an account/)).toBeVisible();
  const age = page.getByRole('spinbutton', { name: 'Age' });
  await age.fill('150');
  await page.getByRole('button', { name: 'Save profile and preferences' }).click();
  await expect(page.getByText('Enter a number from 0 to 120.')).toBeVisible();
  await age.fill('34');
  await page.getByRole('spinbutton', { name: 'Height (cm)' }).fill('171');
  await page.getByRole('button', { name: 'Save profile and preferences' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: 'Age' })).toHaveValue('34');
  await shot(page, 'settings');

  await page.getByText('Dark').click();
  await page.getByText('Español').click();
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await shot(page, 'settings-dark-es');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('keyboard: skip link, then the wardrobe is reachable without a mouse', async ({ page }) => {
  await page.goto('/wardrobe');
  // Tab only once the screen is rendered: a Tab pressed while the route chunk loads goes nowhere.
  await expect(page.getByRole('heading', { name: 'Wardrobe', level: 1 })).toBeVisible();
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
