/**
 * The smaller first-use defects, measured in the browser on a phone: readable tab labels, enough
 * contrast on the score's "/100", a scroll hint on the confusion matrix, headings in order.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { baseURL, clearWardrobe, photo, seedGarment } from './helpers.ts';

test.use({
  baseURL: baseURL(),
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
});

/** Heading levels in document order (visually hidden ones included: screen readers read them). */
async function headingLevels(page: Page): Promise<number[]> {
  return page
    .locator('main h1, main h2, main h3, main h4, main h5, main h6')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
}

function expectInOrder(levels: number[]): void {
  expect(levels[0]).toBe(1);
  levels.forEach((l, i) => {
    if (i > 0)
      expect(l, `h${levels[i - 1]} followed by h${l}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
  });
}

test('phone tab labels are at least 12 px', async ({ page }) => {
  await page.goto('/wardrobe');
  const sizes = await page
    .getByRole('navigation', { name: 'Main' })
    .locator('a span')
    .evaluateAll((spans) => spans.map((s) => parseFloat(getComputedStyle(s).fontSize)));
  // One label per section (Layout's SECTIONS), none shrunk to fit the phone's width.
  expect(sizes.length).toBe(8);
  for (const s of sizes) expect(s).toBeGreaterThanOrEqual(12);
});

test('the score’s "/100" has 4.5:1 contrast; headings on Outfits and Add are in order', async ({
  page,
  request,
}) => {
  await clearWardrobe(request);
  await seedGarment(request, 't-shirt-1.jpg', 'T-shirt', 'blanco');
  await seedGarment(request, 'pants-1.jpg', 'Pants', 'azul');
  await seedGarment(request, 'shoes-1.jpg', 'Shoes', 'negro');
  await page.goto('/outfits');
  await page.getByRole('button', { name: 'Suggest outfits' }).click();
  const badge = page
    .getByTestId('outfit-card')
    .first()
    .getByLabel(/Score \d+ out of 100/);
  await expect(badge).toBeVisible();
  const ratio = await badge.evaluate((el) => {
    const slash = Array.from(el.querySelectorAll('span')).find(
      (s) => s.textContent?.trim() === '/100',
    )!;
    // Colours may be oklch(): let a canvas turn them into sRGB bytes.
    const rgb = (css: string) => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.fillStyle = css;
      c.fillRect(0, 0, 1, 1);
      return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const s = getComputedStyle(slash);
    if (parseFloat(s.opacity) < 1) return 0;
    const fg = lum(rgb(s.color));
    const bg = lum(rgb(getComputedStyle(el).backgroundColor));
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  expectInOrder(await headingLevels(page));

  await page.goto('/add');
  await page.getByTestId('file-input').setInputFiles([photo('shirt-1.jpg')]);
  await expect(page.getByTestId('add-item')).toHaveAttribute('data-stage', 'review', {
    timeout: 60_000,
  });
  expectInOrder(await headingLevels(page));
});

test('the confusion matrix says it scrolls sideways on a phone', async ({ page, request }) => {
  const res = await request.get('/api/model/metrics');
  const m = res.ok() ? ((await res.json()) as { confusion_matrix?: unknown }) : {};
  test.skip(!Array.isArray(m.confusion_matrix), 'this server has no CNN metrics to show');
  await page.goto('/model');
  const table = page.getByRole('region', { name: 'CNN', exact: true }).locator('table').last();
  await expect(table).toBeVisible();
  await expect(page.getByTestId('scroll-hint').first()).toBeVisible();
});
