/**
 * The PWA offline, in Chromium with the network cut: the wardrobe and a garment show as last
 * synced, the offline state is visible, a change made offline waits (and shows, after a reload
 * too), and it reaches the server once the network is back (desktop in English, phone in
 * Spanish).
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { baseURL, clearWardrobe, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL(), serviceWorkers: 'allow' });

/** Loads `path` under the service worker's control, so that its reads are kept for offline. */
async function controlled(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))))
    await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
}

for (const { lang, phone } of [
  { lang: 'en', phone: false },
  { lang: 'es', phone: true },
] as const) {
  test(`offline (${lang}${phone ? ', phone' : ''}): last synced wardrobe, a queued change sent when back online`, async ({
    page,
    context,
    request,
  }) => {
    const ui =
      lang === 'en'
        ? { offline: 'You are offline', waiting: '1 change waiting to be sent', fav: /Favourite/ }
        : { offline: 'Sin conexión', waiting: '1 cambio pendiente de enviar', fav: /Favorit/ };
    if (phone) await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript((l) => localStorage.setItem('fashion.lang', l), lang);
    await clearWardrobe(request);
    const shirt = await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'azul', ['casual']);
    await seedGarment(request, 'pants-1.jpg', 'Pants', 'negro', ['casual']);

    await controlled(page, '/wardrobe');
    const cards = page
      .getByRole('list', { name: lang === 'en' ? 'Wardrobe' : 'Armario' })
      .getByRole('listitem');
    await expect(cards).toHaveCount(2);
    await page.goto(`/garments/${shirt._id}`);
    const fav = page.getByTestId('garment-facts').getByRole('button', { name: ui.fav });
    await expect(fav).toHaveAttribute('aria-pressed', 'false');

    await context.setOffline(true);
    await page.goto('/wardrobe');
    await expect(page.getByTestId('offline-banner')).toContainText(ui.offline);
    await expect(cards).toHaveCount(2);
    await page.goto(`/garments/${shirt._id}`);
    await fav.click();
    await expect(page.getByTestId('offline-waiting')).toHaveText(ui.waiting);
    await shot(page, `offline-${lang}${phone ? '-phone' : ''}`);
    // Nothing reached the server yet (the test's own requests do not go through the browser).
    const before = await (await request.get(`/api/prendas/${shirt._id}`)).json();
    expect(before.favorito ?? false).toBe(false);

    await context.setOffline(false);
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);
    await expect(fav).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => (await (await request.get(`/api/prendas/${shirt._id}`)).json()).favorito)
      .toBe(true);
  });
}

test('offline: changes made offline survive a reload while offline, and arrive once', async ({
  page,
  context,
  request,
}) => {
  await clearWardrobe(request);
  const shirt = await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'azul', ['casual']);
  const wearsOf = async () =>
    (
      (await (await request.get(`/api/usos?prenda=${shirt._id}`)).json()) as {
        prenda_ids: string[];
      }[]
    ).length;
  expect(await wearsOf()).toBe(0);

  await controlled(page, `/garments/${shirt._id}`);
  const fav = page.getByTestId('garment-facts').getByRole('button', { name: /Favourite/ });
  await expect(fav).toHaveAttribute('aria-pressed', 'false');

  await context.setOffline(true);
  // The page learns it is offline from the browser's event, a moment after the cut.
  await expect(page.getByTestId('offline-banner')).toContainText('You are offline');
  await fav.click();
  await expect(fav).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'I wore this today' }).click();
  // Archiving is queued too: the page shows the garment archived (Restore) at once.
  const facts = page.getByTestId('garment-facts');
  await facts.getByLabel('Why it leaves').selectOption({ label: 'Donated' });
  await facts.getByRole('button', { name: 'Archive', exact: true }).click();
  const restore = facts.getByRole('button', { name: 'Restore' });
  await expect(restore).toBeVisible();
  await expect(page.getByTestId('offline-waiting')).toHaveText('3 changes waiting to be sent');

  // The tab is reloaded, still offline: the changes are still there, waiting, and still show.
  await page.reload();
  await expect(page.getByTestId('offline-banner')).toContainText('You are offline');
  await expect(page.getByTestId('offline-waiting')).toHaveText('3 changes waiting to be sent');
  await expect(fav).toHaveAttribute('aria-pressed', 'true');
  await expect(restore).toBeVisible();
  await shot(page, 'offline-reloaded-en');
  const stored = async () => (await request.get(`/api/prendas/${shirt._id}`)).json();
  expect((await stored()).favorito ?? false).toBe(false);
  expect((await stored()).estado ?? 'activa').toBe('activa');
  expect(await wearsOf()).toBe(0);

  await context.setOffline(false);
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  await expect.poll(async () => (await stored()).favorito).toBe(true);
  await expect.poll(async () => (await stored()).estado).toBe('archivada');
  expect((await stored()).motivo_archivo).toBe('donada');
  await expect.poll(wearsOf).toBe(1);
  await expect(fav).toHaveAttribute('aria-pressed', 'true');
  await expect(restore).toBeVisible();

  // Nothing is left to send again: another reload sends nothing more.
  await page.reload();
  await expect(fav).toHaveAttribute('aria-pressed', 'true');
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('fashion.offline-queue:')),
    ),
  ).toEqual([]);
  expect(await wearsOf()).toBe(1);
});
