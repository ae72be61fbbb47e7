/**
 * The cut-out touch-up on a real photo: restore the top-left corner with the Keep brush and save
 * (the saved cut-out's corner pixel is opaque), then erase it and save (transparent). Pixels are
 * read back from the stored image URL, decoded by the browser. Desktop in English with a mouse,
 * phone in Spanish with a finger (touch); screenshots .artifacts/screenshots/touchup-*.png.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { baseURL, clearWardrobe, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

const CASES = [
  {
    name: 'desktop-en',
    lang: 'en',
    touch: false,
    viewport: { width: 1280, height: 800 },
    w: { open: 'Touch up the cut-out', keep: 'Keep', erase: 'Erase', save: 'Save cut-out' },
  },
  {
    name: 'phone-es',
    lang: 'es',
    // A finger: taps reach the canvas as pointer events of type touch.
    touch: true,
    viewport: { width: 375, height: 812 },
    w: { open: 'Retocar el recorte', keep: 'Conservar', erase: 'Borrar', save: 'Guardar recorte' },
  },
] as const;

async function cutoutUrl(request: APIRequestContext, id: string): Promise<string | null> {
  const g = (await (await request.get(`/api/prendas/${id}`)).json()) as { recorte_url?: string };
  return g.recorte_url ?? null;
}

/** The alpha of the image's top-left pixel, as the browser decodes it. */
function cornerAlpha(page: Page, url: string): Promise<number> {
  return page.evaluate(async (u) => {
    const bitmap = await createImageBitmap(await (await fetch(u)).blob());
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, 1, 1).data[3]!;
  }, url);
}

/** Paints a short stroke from the canvas's top-left corner inwards (a finger: a tap on it). */
async function paintCorner(page: Page, touch = false): Promise<void> {
  const canvas = page.getByTestId('touchup').locator('canvas');
  await expect(canvas).toBeVisible();
  // The top of the page, where the picture's corner is (the open button may have scrolled).
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await canvas.boundingBox())!;
  if (touch) {
    await page.touchscreen.tap(box.x + 3, box.y + 3);
    await expect(page.getByTestId('touchup').getByText(/^1 (stroke|trazo)$/)).toBeVisible();
    return;
  }
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + 30, { steps: 6 });
  await page.mouse.up();
}

for (const c of CASES) {
  test.describe(c.name, () => {
    test.use({ hasTouch: c.touch, viewport: c.viewport });
    test(`touch-up: keep then erase the corner, saved and read back (${c.name})`, async ({
      page,
      request,
    }) => {
      test.setTimeout(150_000);
      await page.addInitScript((l) => localStorage.setItem('fashion.lang', l), c.lang);
      await clearWardrobe(request);
      const g = await seedGarment(request, 'outwear-2.jpg', 'Outwear', 'verde');
      await expect.poll(() => cutoutUrl(request, g._id), { timeout: 60_000 }).not.toBeNull();
      const first = (await cutoutUrl(request, g._id))!;

      await page.goto(`/garments/${g._id}`);
      await page.getByRole('button', { name: c.w.open }).click();
      await page.getByRole('button', { name: c.w.keep, exact: true }).click();
      await paintCorner(page, c.touch);
      await shot(page, `touchup-editor-${c.name}`);
      await page.getByRole('button', { name: c.w.save }).click();
      // Saved: the editor closes and the garment shows its new cut-out at once.
      await expect(page.getByTestId('touchup')).toHaveCount(0);
      const kept = (await cutoutUrl(request, g._id))!;
      expect(kept).not.toBe(first);
      await expect(page.locator(`article img[src$="${kept.split('/').pop()!}"]`)).toBeVisible();
      expect(await cornerAlpha(page, kept)).toBeGreaterThan(240);

      await page.getByRole('button', { name: c.w.open }).click();
      await page.getByRole('button', { name: c.w.erase, exact: true }).click();
      await paintCorner(page, c.touch);
      await page.getByRole('button', { name: c.w.save }).click();
      await expect(page.getByTestId('touchup')).toHaveCount(0);
      const erased = (await cutoutUrl(request, g._id))!;
      expect(erased).not.toBe(kept);
      expect(await cornerAlpha(page, erased)).toBeLessThan(16);
      await shot(page, `touchup-saved-${c.name}`);
    });
  });
}

test('touch-up: a failed save says so and keeps the strokes', async ({ page, request }) => {
  test.setTimeout(120_000);
  await clearWardrobe(request);
  const g = await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'blanco');
  await expect.poll(() => cutoutUrl(request, g._id), { timeout: 60_000 }).not.toBeNull();
  await page.goto(`/garments/${g._id}`);
  await page.getByRole('button', { name: 'Touch up the cut-out' }).click();
  await paintCorner(page);
  await page.route('**/recorte', (route) =>
    route.fulfill({ status: 500, json: { error: 'disk full', code: 'internal' } }),
  );
  await page.getByRole('button', { name: 'Save cut-out' }).click();
  await expect(page.getByText(/could not be saved; your strokes are kept/)).toBeVisible();
  await expect(page.getByText('1 stroke')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await shot(page, 'touchup-failed-desktop-en');
});
