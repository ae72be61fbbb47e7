/**
 * Onboarding a camera roll: 300 photos from the clothing dataset in one go, a reload half-way, and
 * exactly 300 garments at the end (each photo sent with its own Idempotency-Key, so the one cut
 * off by the reload is not stored twice). Slow by nature: the server classifies every photo and
 * limits uploads per minute; the queue waits as the server asks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, baseURL, clearWardrobe, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

const DATA = process.env.FASHION_DATA ?? resolve(ROOT, '../shared/datasets/clothing');
const COUNT = 300;

function datasetPhotos(n: number): string[] {
  const rows = readFileSync(join(DATA, 'labels.csv'), 'utf8').trim().split('\n').slice(1);
  const files = rows
    .map((r) => r.split(','))
    .filter((c) => c[3]) // one of the 10 classes
    .map((c) => join(DATA, 'images', c[0]!))
    .filter((p) => existsSync(p));
  return files.slice(0, n);
}

test('300 photos in one go, a reload half-way, exactly 300 garments', async ({ page, request }) => {
  test.skip(!existsSync(join(DATA, 'labels.csv')), `no dataset at ${DATA} (set FASHION_DATA)`);
  test.setTimeout(25 * 60_000);
  const files = datasetPhotos(COUNT);
  expect(files).toHaveLength(COUNT);
  await clearWardrobe(request);

  await page.goto('/add');
  await page.getByTestId('file-input').setInputFiles(files);
  const summary = page.getByTestId('bulk-summary');
  await expect(summary).toContainText(`of ${COUNT} photos saved`);
  const saved = async () => Number(/(\d+) of/.exec((await summary.textContent()) ?? '')?.[1] ?? 0);
  await expect.poll(saved, { timeout: 10 * 60_000, intervals: [2000] }).toBeGreaterThanOrEqual(40);
  await shot(page, 'bulk-progress-en-1280', { fullPage: false });

  // Mid-way: photos are in flight. After the reload the queue comes back from IndexedDB.
  await page.reload();
  await expect(page.getByTestId('bulk-summary')).toContainText(`of ${COUNT} photos saved`);
  await expect(page.getByTestId('bulk-summary')).toContainText(
    `${COUNT} of ${COUNT} photos saved`,
    {
      timeout: 20 * 60_000,
    },
  );
  await expect(page.getByTestId('bulk-failures')).toHaveCount(0);

  const list = (await (await request.get('/api/prendas')).json()) as unknown[];
  expect(list).toHaveLength(COUNT);
  await page.getByRole('link', { name: 'Review what was added' }).click();
  await expect(page.getByTestId('review-list')).toBeVisible();
  await shot(page, 'review-after-bulk-en-1280', { fullPage: false });
});
