/**
 * Wardrobe filters answered by the real server (issue #15): a wardrobe larger than one page (the
 * web asks 200 at a time), whose only shirt is the oldest garment, on a page the grid never
 * fetches unfiltered. Searching "camisa" in the Spanish UI sends `q` and shows it without the
 * rest of the wardrobe being downloaded; a type filter pages through the server's filtered
 * answer as the grid scrolls.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { baseURL, clearWardrobe } from './helpers.ts';

test.use({ baseURL: baseURL() });

const PANTS = 205;

/** A small photo (the listing is under test, not the image pipeline): fast to store. */
const tiny = sharp({
  create: { width: 24, height: 32, channels: 3, background: { r: 40, g: 60, b: 140 } },
})
  .jpeg()
  .toBuffer();

async function add(request: APIRequestContext, clase_nombre: string, color: string) {
  const res = await request.post('/api/prendas/upload', {
    multipart: {
      imagen: { name: 'tiny.jpg', mimeType: 'image/jpeg', buffer: await tiny },
      clase_nombre,
      color,
      confirmado: 'true',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}

test('filters are answered by the server, page by page', async ({ page, request }) => {
  test.setTimeout(5 * 60_000);
  await clearWardrobe(request);
  // Oldest first: the shirt ends up last in the newest-first order, past the first page.
  await add(request, 'Shirt', 'rojo');
  for (let i = 0; i < PANTS; i++) await add(request, 'Pants', 'azul');

  const lists: URLSearchParams[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.method() === 'GET' && url.pathname === '/api/prendas') lists.push(url.searchParams);
  });
  await page.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
  await page.goto('/wardrobe');
  const grid = page.getByRole('list', { name: 'Armario' });
  await expect(grid.getByTestId('garment-card').first()).toBeVisible();
  // The count is the server's, not the 200 loaded.
  await expect(page.getByTestId('wardrobe-count')).toHaveText(`${PANTS + 1} prendas`);

  await page.getByRole('searchbox').pressSequentially('camisa');
  await expect(grid.getByTestId('garment-card')).toHaveCount(1);
  await expect(grid.getByTestId('garment-card')).toContainText('Camisa');
  await expect(page.getByTestId('wardrobe-count')).toHaveText(`1 de ${PANTS + 1} prendas`);
  const searched = lists.filter((q) => q.has('q'));
  expect(searched.at(-1)?.get('q')).toBe('camisa');
  // Typing waited for a pause: not one request per letter.
  expect(searched.length).toBeLessThan('camisa'.length);
  // Unfiltered, only the first page ever left the server.
  expect(lists.filter((q) => !q.has('q') && q.has('cursor'))).toEqual([]);

  // A type filter: the server's count, and the grid pages through the filtered answer.
  await page.getByRole('searchbox').fill('');
  await page.getByRole('combobox', { name: 'Tipo' }).selectOption('inferior');
  await expect(page.getByTestId('wardrobe-count')).toHaveText(`${PANTS} de ${PANTS + 1} prendas`);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 4000);
      return lists.filter((q) => q.get('tipo') === 'inferior' && q.has('cursor')).length;
    })
    .toBeGreaterThan(0);
  await page.keyboard.press('End');
  await expect(grid.getByTestId('garment-card').last()).toBeVisible();
  await clearWardrobe(request);
});
