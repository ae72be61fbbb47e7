/**
 * Cut-outs for a person on a real photo: the garment is added, its cut-out appears (on the
 * garment page and in the wardrobe), the switch goes back to the photo and forward again.
 * Screenshots at laptop and phone size (.artifacts/screenshots/cutout-*.png).
 */
import { expect, test } from '@playwright/test';
import { baseURL, clearWardrobe, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 812 } },
];

for (const size of SIZES) {
  test(`cut-out appears and switches back to the photo (${size.name})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size.viewport);
    await clearWardrobe(request);
    const g = await seedGarment(request, 'outwear-2.jpg', 'Outwear', 'verde');
    // The upload answered at once; the cut-out follows in the background.
    await expect
      .poll(
        async () =>
          ((await (await request.get(`/api/prendas/${g._id}`)).json()) as { recorte_url?: string })
            .recorte_url ?? null,
        { timeout: 60_000 },
      )
      .not.toBeNull();

    await page.goto('/wardrobe');
    await expect(page.locator('[data-cutout="true"]').first()).toBeVisible();
    await shot(page, `cutout-wardrobe-${size.name}`);

    await page.goto(`/garments/${g._id}`);
    const picture = page.locator('article [data-cutout="true"]');
    await expect(picture).toBeVisible();
    const toggle = page.getByRole('switch', { name: /cut-out|recorte/i });
    await expect(toggle).toBeChecked();
    await shot(page, `cutout-garment-${size.name}`);

    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(picture).toHaveCount(0);
    await shot(page, `cutout-garment-photo-${size.name}`);

    await toggle.click();
    await expect(toggle).toBeChecked();
    await expect(page.locator('article [data-cutout="true"]')).toBeVisible();
  });
}
