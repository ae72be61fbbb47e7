/**
 * The outfits screen is built around its action: at a laptop and a phone size the "Suggest
 * outfits" button is in view on load, and after suggesting the first result (or the message
 * saying which pieces are missing) is in view, with the outfits sorted by score.
 * SCREENS_DIR + SCREENS_PREFIX (e.g. /work/screens/h4 + "after") also save screenshots of both.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { baseURL, clearWardrobe, seedGarment } from './helpers.ts';

test.use({ baseURL: baseURL() });

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, mobile: false },
  { name: 'phone', viewport: { width: 375, height: 812 }, mobile: true },
];

async function save(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${process.env.SCREENS_PREFIX ?? 'shot'}-${name}.png`) });
}

/** Whether the element's top edge lies inside the viewport (a person sees where it starts). */
async function expectTopInView(page: Page, el: Locator, what: string): Promise<void> {
  const box = await el.boundingBox();
  const vh = page.viewportSize()!.height;
  expect(box, `${what} has no box`).not.toBeNull();
  expect(box!.y, `${what} starts above the viewport`).toBeGreaterThanOrEqual(0);
  expect
    .soft(box!.y + Math.min(box!.height, 40), `${what} starts below the fold`)
    .toBeLessThanOrEqual(vh);
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({
      viewport: size.viewport,
      isMobile: size.mobile,
      hasTouch: size.mobile,
    });

    test(`${size.name}: suggest in view, results in view and sorted`, async ({ page, request }) => {
      await clearWardrobe(request);
      for (const [f, c, col] of [
        ['t-shirt-1.jpg', 'T-shirt', 'blanco'],
        ['shirt-1.jpg', 'Shirt', 'azul'],
        ['longsleeve-1.jpg', 'Longsleeve', 'beige'],
        ['pants-1.jpg', 'Pants', 'azul'],
        ['skirt-1.jpg', 'Skirt', 'negro'],
        ['shorts-1.jpg', 'Shorts', 'gris'],
        ['shoes-1.jpg', 'Shoes', 'negro'],
      ] as const)
        await seedGarment(request, f, c, col, ['casual']);

      await page.goto('/outfits');
      const suggest = page.getByRole('button', { name: 'Suggest outfits' });
      await expect(suggest).toBeVisible();
      await save(page, `${size.name}-load`);
      await expectTopInView(page, suggest, 'the Suggest button on load');

      await suggest.click();
      const cards = page.getByTestId('outfit-card');
      await expect(cards.first()).toBeVisible();
      await expect(cards).toHaveCount(3);
      // Let the scroll into view finish.
      await page.waitForTimeout(600);
      await save(page, `${size.name}-results`);
      await expectTopInView(page, cards.first(), 'the first outfit');
      const scores = await cards.evaluateAll((els) =>
        els.map((e) => Number(e.querySelector('[data-testid="score"]')?.textContent ?? NaN)),
      );
      expect(scores.every((s) => Number.isFinite(s))).toBe(true);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));

      // The grid lays out what is there: its pieces cover the tray (gaps and padding aside),
      // with no empty quadrant where a hat or coat would go. Once every piece has its cut-out
      // the card shows the collage instead, whose pieces all lie inside it.
      const tray = await cards
        .first()
        .getByTestId(/^(flatlay|collage)$/)
        .evaluate((el) => {
          const box = el.getBoundingClientRect();
          const kind = el.getAttribute('data-testid');
          const pieces = Array.from(
            el.querySelectorAll(kind === 'collage' ? '[data-slot]' : 'figure'),
          ).map((f) => f.getBoundingClientRect());
          const covered = pieces.reduce((sum, r) => sum + r.width * r.height, 0);
          const inside = pieces.every(
            (r) =>
              r.left >= box.left - 1 &&
              r.right <= box.right + 1 &&
              r.top >= box.top - 1 &&
              r.bottom <= box.bottom + 1,
          );
          return {
            kind,
            pieces: pieces.length,
            empty: 1 - covered / (box.width * box.height),
            inside,
          };
        });
      expect(tray.pieces).toBeGreaterThanOrEqual(3);
      if (tray.kind === 'flatlay') {
        expect(tray.empty, 'share of the flat-lay left empty').toBeLessThan(0.2);
      } else {
        expect(tray.inside, 'every collage piece inside the collage').toBe(true);
      }
    });

    test(`${size.name}: the missing-pieces message is in view`, async ({ page, request }) => {
      await clearWardrobe(request);
      await seedGarment(request, 't-shirt-1.jpg', 'T-shirt', 'blanco');
      await seedGarment(request, 'pants-1.jpg', 'Pants', 'azul');
      await page.goto('/outfits');
      await page.getByRole('button', { name: 'Suggest outfits' }).click();
      const message = page.getByRole('heading', { name: /can.t make an outfit yet/i });
      await expect(message).toBeVisible();
      await page.waitForTimeout(600);
      await save(page, `${size.name}-missing`);
      await expectTopInView(page, message, 'the missing-pieces message');
    });
  });
}
