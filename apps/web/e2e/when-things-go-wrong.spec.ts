/**
 * When things go wrong, the app says what is true: a screen whose code cannot be fetched shows
 * an error with a retry (not a blank page), files over the size limit are refused before upload,
 * and bad files are explained in the UI language.
 */
import { expect, test } from '@playwright/test';
import { baseURL, clearWardrobe } from './helpers.ts';

test.use({ baseURL: baseURL() });

test('a screen whose code cannot be loaded shows an error and loads on retry', async ({ page }) => {
  const chunk = /\/assets\/ModelPage-[^/]*\.js$/;
  await page.route(chunk, (r) => r.abort('connectionrefused'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/wardrobe');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Models' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'This screen could not be loaded' }),
  ).toBeVisible();
  // The rest of the app is still there.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.unroute(chunk);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /model/i })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a file over the upload limit is refused in the browser, before any upload', async ({
  page,
  request,
}) => {
  await clearWardrobe(request);
  const uploads: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') uploads.push(r.url());
  });
  await page.goto('/add');
  await page.getByTestId('file-input').setInputFiles({
    name: 'huge.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.alloc(22 * 1024 * 1024, 0xff),
  });
  await expect(page.getByRole('alert')).toContainText('huge.jpg');
  await expect(page.getByRole('alert')).toContainText('10 MB');
  await expect(page.getByTestId('add-item')).toHaveCount(0);
  expect(uploads).toEqual([]);
});
