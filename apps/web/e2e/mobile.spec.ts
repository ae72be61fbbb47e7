/** The main screens on a 375 px wide phone: nothing overflows, the tab bar is there. */
import { expect, test } from '@playwright/test';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, seedGarment, shot } from './helpers.ts';

test.use({
  baseURL: baseURL(),
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
});

test('phone: wardrobe, add, outfits, garment, settings at 375 px', async ({ page, request }) => {
  await clearWardrobe(request);
  await seedGarment(request, 't-shirt-2.jpg', 'T-shirt', 'gris', ['casual']);
  await seedGarment(request, 'longsleeve-1.jpg', 'Longsleeve', 'beige');
  await seedGarment(request, 'shorts-1.jpg', 'Shorts', 'azul');
  await seedGarment(request, 'outwear-1.jpg', 'Outwear', 'negro');
  const shoes = await seedGarment(request, 'shoes-2.jpg', 'Shoes', 'blanco');

  await page.goto('/wardrobe');
  const tabs = page.getByRole('navigation', { name: 'Main' });
  await expect(tabs.getByRole('link', { name: 'Wardrobe' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByTestId('wardrobe-count')).toHaveText('5 garments');
  await expectNoHorizontalScroll(page);
  await shot(page, 'phone-wardrobe', { fullPage: false });

  await tabs.getByRole('link', { name: 'Add' }).click();
  await expect(page.getByRole('button', { name: 'Take a photo' })).toBeVisible();
  // On a touch phone the camera button opens the native camera (a capture input).
  await expect(page.locator('input[capture="environment"]')).toHaveCount(1);
  await expectNoHorizontalScroll(page);
  await shot(page, 'phone-add', { fullPage: false });

  await tabs.getByRole('link', { name: 'Outfits' }).click();
  // The preferences fold into a summary line until opened.
  await page.getByRole('button', { name: /Change preferences/ }).click();
  await page.getByRole('switch', { name: 'Consider the weather' }).check({ force: true });
  await page.getByRole('button', { name: 'Suggest outfits' }).click();
  // The results sit below the form on a phone: the screen brings them up.
  await expect(page.getByTestId('outfit-card').first()).toBeInViewport();
  await expectNoHorizontalScroll(page);
  await shot(page, 'phone-outfits', { fullPage: false, fromTop: false });

  await page.goto(`/garments/${shoes._id}`);
  await expect(page.getByRole('heading', { name: 'Shoes', level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await shot(page, 'phone-garment', { fullPage: false });

  await tabs.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await shot(page, 'phone-settings', { fullPage: false });

  await page.getByText('Dark').click();
  await tabs.getByRole('link', { name: 'Wardrobe' }).click();
  await expect(page.getByTestId('wardrobe-count')).toBeVisible();
  await shot(page, 'phone-wardrobe-dark', { fullPage: false });

  await tabs.getByRole('link', { name: 'Models' }).click();
  await expect(page.getByRole('heading', { name: 'Models', level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await shot(page, 'phone-model', { fullPage: false });
});
