/**
 * The other ways in: an iPhone HEIC photo (the browser cannot show it, the server decodes it) and
 * the desktop camera (a live view and a shutter; Chromium's fake camera stands in for a webcam),
 * whose frame is saved through /api/prendas/auto.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import config from '../playwright.config.ts';
import { baseURL, clearWardrobe, modelsLoaded, ROOT, shot } from './helpers.ts';

const args = config.use?.launchOptions?.args ?? [];

test.use({
  baseURL: baseURL(),
  permissions: ['camera'],
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

test.beforeEach(async ({ request }) => {
  await clearWardrobe(request);
});

/** Picks the class (and, without models, the colour) and saves one reviewed photo. */
async function reviewAndSave(page: Page, clase: string, classified: boolean) {
  const item = page.getByTestId('add-item');
  await expect(item).toHaveAttribute('data-stage', 'review', { timeout: 60_000 });
  if (classified) await expect(item.getByTestId('result-vit')).toContainText('%');
  else await item.getByRole('combobox', { name: 'Colour' }).selectOption('azul');
  await item.getByRole('combobox', { name: 'Garment' }).selectOption(clase);
  await item.getByRole('button', { name: 'Save to wardrobe' }).click();
  await expect(item.getByText('Saved to your wardrobe.')).toBeVisible({ timeout: 60_000 });
}

test('an iPhone HEIC photo is accepted, recognised by the server and saved', async ({
  page,
  request,
}) => {
  const classified = await modelsLoaded(request);
  const upload = page.waitForRequest((r) => r.url().endsWith('/api/prendas/upload'));
  await page.goto('/add');
  await page.getByTestId('file-input').setInputFiles(`${ROOT}/fixtures/heic/pants-1.heic`);
  await expect(page.getByText(/No preview for this format/)).toBeVisible();
  await reviewAndSave(page, 'Pants', classified);
  // Sent with XMLHttpRequest: the one browser API that reports upload progress.
  expect((await upload).resourceType()).toBe('xhr');
  const [g] = (await (await request.get('/api/prendas')).json()) as {
    clase_nombre: string;
    thumbnail_url: string;
  }[];
  expect(g?.clase_nombre).toBe('Pants');
  // The server turned the HEIC into an image every browser can show.
  const thumb = await request.get(g!.thumbnail_url);
  expect(thumb.ok()).toBe(true);
  expect(thumb.headers()['content-type']).toMatch(/^image\/(webp|jpeg|png)/);
});

test('desktop camera: live view, shutter, saved through /api/prendas/auto', async ({
  page,
  request,
}) => {
  const classified = await modelsLoaded(request);
  const auto = page.waitForRequest(
    (r) => r.url().endsWith('/api/prendas/auto') && r.method() === 'POST',
  );
  await page.goto('/add');
  await page.getByRole('button', { name: 'Take a photo' }).click();
  const camera = page.getByRole('dialog', { name: 'Camera' });
  const shutter = camera.getByRole('button', { name: 'Take photo' });
  await expect(shutter).toBeEnabled();
  await shot(page, 'camera', { fullPage: false });
  await shutter.click();
  await expect(camera).toBeHidden();
  await expect(page.getByTestId('add-item')).toContainText('Camera photo 1.jpg');
  await reviewAndSave(page, 'T-shirt', classified);
  expect((await auto).resourceType()).toBe('xhr');
  const body = (await auto).postDataJSON() as { imagen_base64: string; clase_nombre: string };
  expect(body.imagen_base64).toMatch(/^data:image\/jpeg;base64,/);
  expect(body.clase_nombre).toBe('T-shirt');
  const list = (await (await request.get('/api/prendas')).json()) as unknown[];
  expect(list).toHaveLength(1);
});
