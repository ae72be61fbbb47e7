/**
 * When things go wrong, the app says what is true: a screen whose code cannot be fetched shows
 * an error with a retry (not a blank page), files over the size limit are refused before upload,
 * and bad files are explained in the UI language.
 */
import { expect, test } from '@playwright/test';
import { baseURL, clearWardrobe, photo } from './helpers.ts';

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

test('offline, the add screen says nothing can be recognised or saved', async ({ page }) => {
  await page.goto('/add');
  await expect(page.getByRole('button', { name: 'Choose photos' })).toBeVisible();
  await page.context().setOffline(true);
  await page.getByTestId('file-input').setInputFiles([photo('shirt-1.jpg')]);
  const item = page.getByTestId('add-item');
  await expect(item.getByText('The server can’t be reached')).toBeVisible({ timeout: 30_000 });
  await expect(item.getByText(/you can still save it/)).toHaveCount(0);
  await page.context().setOffline(false);
});

test('a damaged photo is explained in Spanish, not in the server’s English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
  await page.goto('/add');
  await page.getByTestId('file-input').setInputFiles({
    name: 'rota.jpg',
    mimeType: 'image/jpeg',
    // A JPEG header and then nothing: undecodable.
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  });
  const item = page.getByTestId('add-item');
  await expect(item).toHaveAttribute('data-stage', 'rejected', { timeout: 30_000 });
  const alert = item.getByRole('alert');
  await expect(alert).toBeVisible();
  // A Spanish sentence (by code, or the generic one while the server sends no code).
  await expect(alert).toContainText(/foto|petición|archivo/);
  await expect(alert).not.toContainText(/Vips|premature|could not be decoded/);
});
