/**
 * Insights in the browser, against the real server: reached from the wardrobe's header, the
 * figures computed by GET /api/insights from a seeded wardrobe and wear log; screenshots on
 * desktop (EN) and phone (ES).
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function seedWardrobe(request: APIRequestContext): Promise<void> {
  await clearWardrobe(request);
  const shirt = await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'azul');
  const pants = await seedGarment(request, 'pants-1.jpg', 'Pants', 'negro');
  const shoes = await seedGarment(request, 'shoes-1.jpg', 'Shoes', 'negro');
  await seedGarment(request, 'hat-1.jpg', 'Hat', 'gris');
  await seedGarment(request, 'dress-1.jpg', 'Dress', 'rojo');
  for (const [g, precio] of [
    [shirt, 40],
    [pants, 90],
  ] as const) {
    const res = await request.patch(`/api/prendas/${g._id}`, { data: { precio } });
    expect(res.status(), await res.text()).toBe(200);
  }
  for (const [n, ids] of [
    [1, [shirt._id, pants._id, shoes._id]],
    [3, [shirt._id, shoes._id]],
    [8, [shirt._id]],
  ] as const) {
    const res = await request.post('/api/usos', { data: { fecha: daysAgo(n), prenda_ids: ids } });
    expect(res.status(), await res.text()).toBe(201);
  }
  const prefs = await request.put('/api/me/preferences', { data: { moneda: 'EUR' } });
  expect(prefs.ok()).toBe(true);
}

test('open insights from the wardrobe: figures, most worn, cost per wear', async ({
  page,
  request,
}) => {
  await seedWardrobe(request);
  await page.goto('/wardrobe');
  await expect(page.getByTestId('wardrobe-count')).toBeVisible();
  await shot(page, 'insights-link-wardrobe-desktop-en', { fullPage: false });
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  const figures = page.getByTestId('insight-figure');
  await expect(figures.nth(0)).toContainText('5');
  await expect(figures.nth(1)).toContainText('3');
  await expect(figures.nth(2)).toContainText('€130.00');
  await expect(page.getByTestId('most-worn').getByRole('link').first()).toContainText(
    'Shirt · Blue',
  );
  await expect(page.getByTestId('most-worn').getByRole('link').first()).toContainText('3 wears');
  await expect(page.getByTestId('cost-per-wear').getByRole('link').first()).toContainText(
    '€13.33 per wear',
  );
  // The hat and the dress were never worn.
  await expect(page.getByTestId('idle').getByRole('link')).toHaveCount(2);
  await expectNoHorizontalScroll(page);
  await shot(page, 'insights-desktop-en');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('phone: insights in Spanish, and the empty state of a new wardrobe', async ({
    page,
    request,
  }) => {
    await seedWardrobe(request);
    await page.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
    await page.goto('/insights');
    await expect(page.getByRole('heading', { name: 'Estadísticas', level: 1 })).toBeVisible();
    await expect(page.getByTestId('insight-figure').nth(2)).toContainText('130,00 €');
    await expectNoHorizontalScroll(page);
    await shot(page, 'insights-phone-es');

    await clearWardrobe(request);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Aún no hay nada que aprender' })).toBeVisible();
    await shot(page, 'insights-empty-phone-es');
  });
});
