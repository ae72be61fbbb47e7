/** Shared bits of the end-to-end tests: the server URL, fixture photos, screenshots, API seeding. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';

const WEB = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const ROOT = resolve(WEB, '../..');
export const PHOTOS = join(ROOT, 'fixtures/photos');
const SHOTS = join(ROOT, '.artifacts/screenshots');

export function baseURL(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error('E2E_BASE_URL is not set: run through playwright.config.ts (global setup)');
  return url;
}

export const photo = (name: string) => join(PHOTOS, name);

/** A screenshot under .artifacts/screenshots/ (git-ignored); phones get what the screen shows. */
export async function shot(
  page: Page,
  name: string,
  { fullPage = true, fromTop = true }: { fullPage?: boolean; fromTop?: boolean } = {},
): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // Let lazy images settle, and start from the top so sticky bars sit where a person sees them.
  await page.waitForLoadState('networkidle').catch(() => {});
  if (fromTop) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Whether the server has the models (classification works) or answers 503. */
export async function modelsLoaded(request: APIRequestContext): Promise<boolean> {
  const res = await request.get('/api/ml-health');
  if (!res.ok()) return false;
  const body = (await res.json()) as { models?: Record<string, { loaded?: boolean }> };
  return Boolean(body.models?.cnn?.loaded && body.models?.vit?.loaded);
}

/** Empties the wardrobe (and so the outfits) through the API: each test starts clean. */
export async function clearWardrobe(request: APIRequestContext): Promise<void> {
  // Archived garments too: one archived by an earlier spec would still hold its photo (an import
  // would count that photo as already here) and its plans.
  const res = await request.get('/api/prendas?estado=todas');
  expect(res.ok(), `GET /api/prendas: ${res.status()} ${await res.text()}`).toBe(true);
  for (const g of (await res.json()) as { _id: string }[]) {
    const del = await request.delete(`/api/prendas/${g._id}`);
    expect(del.ok(), `DELETE ${g._id}: ${del.status()} ${await del.text()}`).toBe(true);
  }
}

/** Adds a garment through the API with its class and colour given (no classifier needed). */
export async function seedGarment(
  request: APIRequestContext,
  file: string,
  clase_nombre: string,
  color: string,
  ocasion: string[] = [],
): Promise<{ _id: string }> {
  const res = await request.post('/api/prendas/upload', {
    multipart: {
      imagen: { name: file, mimeType: 'image/jpeg', buffer: readFileSync(photo(file)) },
      clase_nombre,
      color,
      confirmado: 'true',
      ocasion: JSON.stringify(ocasion),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { _id: string };
}

/** Nothing sticks out sideways (the page never scrolls horizontally). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'page wider than the viewport').toBeLessThanOrEqual(client);
}
