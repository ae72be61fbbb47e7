/**
 * The mirror on the desktop's live camera view (Chromium's fake camera stands in for a webcam):
 * the shutter's frame is what the mirror evaluates, through /api/mirror/analyze-frame.
 */
import { expect, test } from '@playwright/test';
import config from '../playwright.config.ts';
import { baseURL, shot } from './helpers.ts';

const args = config.use?.launchOptions?.args ?? [];

test.use({
  baseURL: baseURL(),
  permissions: ['camera'],
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

test('mirror: evaluate the outfit the live camera sees', async ({ page }) => {
  await page.goto('/stylist');
  await page.getByRole('tab', { name: 'Mirror' }).click();
  await page.getByRole('button', { name: 'Use the camera' }).click();
  const camera = page.getByRole('dialog', { name: 'Camera' });
  const shutter = camera.getByRole('button', { name: 'Take photo' });
  await expect(shutter).toBeEnabled();
  await shutter.click();
  await expect(camera).toBeHidden();
  await expect(page.getByRole('img', { name: 'Your photo' })).toBeVisible();

  const sent = page.waitForRequest(
    (r) => r.url().endsWith('/api/mirror/analyze-frame') && r.method() === 'POST',
  );
  await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
  const body = (await sent).postDataJSON() as { imageDataUrl: string };
  expect(body.imageDataUrl).toMatch(/^data:image\/(jpeg|webp|png);base64,/);
  await expect(page.getByTestId('mirror-answer')).toBeVisible({ timeout: 60_000 });
  await shot(page, 'mirror-camera-desktop-en');
});
