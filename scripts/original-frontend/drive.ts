/**
 * Drives the ORIGINAL frontend (github.com/Alvaromp3/fashion_ai `frontend/`, built and served
 * separately) against this API in headless Chromium, as a user would: log in (mock Auth0), see the
 * wardrobe, upload + classify + save three photos, edit a garment's occasions, generate outfits,
 * save them, view/delete saved outfits, settings, model examples, chat, mirror, delete a garment.
 * Records every request to the API (method, path, status, error body excerpt), failed requests,
 * console errors and dialogs into a JSON report, and a screenshot per step.
 *
 * Normally started by run.sh (which starts the API, the mock Auth0 and the static server).
 * Alone:  APP_URL=http://127.0.0.1:8792 API_ORIGIN=http://127.0.0.1:8791 LABEL=cross \
 *           node_modules/.bin/tsx scripts/original-frontend/drive.ts
 * Output: .artifacts/screenshots/original-<LABEL>-NN-<step>.png and
 *         .artifacts/original-frontend/report-<LABEL>.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Response } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP_URL = (process.env.APP_URL ?? 'http://127.0.0.1:8792').replace(/\/$/, '');
const API_ORIGIN = (process.env.API_ORIGIN ?? 'http://127.0.0.1:8791').replace(/\/$/, '');
const LABEL = process.env.LABEL ?? 'cross';
const LOGIN = process.env.LOGIN !== '0';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** A garment card of the original's wardrobe grid (PrendaCard). */
const CARD = '[title="View garment"]';
const PHOTOS = resolve(ROOT, 'fixtures/photos');
const SHOTS = resolve(ROOT, '.artifacts/screenshots');
const REPORT_DIR = resolve(ROOT, '.artifacts/original-frontend');

interface ApiCall {
  step: string;
  method: string;
  path: string;
  status: number;
  body?: string;
}
interface StepResult {
  step: string;
  ok: boolean;
  note?: string;
  screenshot?: string;
}

/** Successful answers whose body goes into the report too (what the original reads from them). */
const SAMPLE: [string, RegExp][] = [
  ['POST', /^\/api\/classify\//],
  ['POST', /^\/api\/prendas\/(upload|auto)$/],
  ['GET', /^\/api\/prendas$/],
  ['GET', /^\/api\/outfits\/recommend$/],
  ['GET', /^\/api\/ml-health$/],
  ['GET', /^\/api\/health$/],
  ['POST', /^\/api\/(chat|mirror\/analyze|mirror\/analyze-frame)$/],
];

const calls: ApiCall[] = [];
const failedRequests: { step: string; method: string; url: string; failure: string }[] = [];
const consoleErrors: { step: string; text: string }[] = [];
const dialogs: { step: string; message: string }[] = [];
const steps: StepResult[] = [];
let current = 'start';
let shotNo = 0;

const isApi = (url: string) =>
  url.startsWith(`${API_ORIGIN}/api`) ||
  url.startsWith(`${API_ORIGIN}/uploads`) ||
  url.startsWith(`${APP_URL}/api`) ||
  url.startsWith(`${APP_URL}/uploads`);

async function record(res: Response): Promise<void> {
  const req = res.request();
  const url = req.url();
  if (!isApi(url) || req.method() === 'OPTIONS') return;
  const u = new URL(url);
  const call: ApiCall = {
    step: current,
    method: req.method(),
    path: `${u.origin === APP_URL && APP_URL !== API_ORIGIN ? '[app origin]' : ''}${u.pathname}${u.search}`,
    status: res.status(),
  };
  const type = res.headers()['content-type'] ?? '';
  const sampled = SAMPLE.some(([m, re]) => m === req.method() && re.test(u.pathname));
  if (sampled && res.status() < 400) {
    call.body = await res
      .text()
      .then((t) => t.slice(0, 1500))
      .catch(() => '(body unavailable)');
  }
  if (res.status() >= 400 || (type.includes('text/html') && u.pathname.startsWith('/api'))) {
    call.body = await res
      .text()
      .then((t) => t.slice(0, 400))
      .catch(() => '(body unavailable)');
  }
  calls.push(call);
}

async function shot(page: Page, name: string): Promise<string> {
  shotNo += 1;
  const file = resolve(SHOTS, `original-${LABEL}-${String(shotNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}

async function step(page: Page, name: string, fn: () => Promise<string | void>): Promise<void> {
  current = name;
  const result: StepResult = { step: name, ok: true };
  try {
    const note = await fn();
    if (note) result.note = note;
  } catch (err) {
    result.ok = false;
    result.note = err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
  await page.waitForTimeout(400);
  result.screenshot = await shot(page, name);
  steps.push(result);
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${name}${result.note ? ` — ${result.note}` : ''}`);
}

const waitApi = (page: Page, method: string, pathPart: string | RegExp, timeout = 60_000) =>
  page.waitForResponse(
    (r) =>
      isApi(r.url()) &&
      r.request().method() === method &&
      (typeof pathPart === 'string'
        ? new URL(r.url()).pathname.includes(pathPart)
        : pathPart.test(new URL(r.url()).pathname)),
    { timeout },
  );

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${APP_URL}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
}

async function uploadPhoto(page: Page, photo: string): Promise<string> {
  await page.getByRole('button', { name: /^upload$/i }).click();
  await page.getByText('Upload Garment').waitFor();
  await page
    .getByText(/ML service (ready|not available)/)
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  const ml = (
    await page
      .getByText(/ML service (ready|not available)[^.]*/)
      .first()
      .textContent()
  )
    ?.trim()
    .slice(0, 80);
  await page.locator('#file-upload').setInputFiles(resolve(PHOTOS, photo));
  const [res] = await Promise.all([
    waitApi(page, 'POST', '/api/classify/vit'),
    page.getByRole('button', { name: /classify \(vit\)/i }).click(),
  ]);
  await page.waitForTimeout(300);
  const garment = await page
    .getByText(/^Garment:/)
    .locator('..')
    .textContent()
    .catch(() => null);
  await shot(page, `classified-${photo.replace(/\.jpg$/, '')}`);
  if (res.status() >= 400) throw new Error(`classify ${res.status()} (ml: ${ml})`);
  await page.getByRole('button', { name: /^Casual/ }).click();
  const [s] = await Promise.all([
    waitApi(page, 'POST', '/api/prendas/upload'),
    page.getByRole('button', { name: /save garment/i }).click(),
  ]);
  if (s.status() >= 400) throw new Error(`upload ${s.status()}`);
  await page.getByText('Upload Garment').waitFor({ state: 'hidden', timeout: 15_000 });
  return `ml: "${ml}"; classified: ${garment?.replace(/\s+/g, ' ').trim()}`;
}

async function main(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(REPORT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ['camera'],
  });
  const page = await context.newPage();
  page.on('response', (r) => void record(r));
  page.on('requestfailed', (r) => {
    if (isApi(r.url()) || r.url().includes(':8793')) {
      failedRequests.push({
        step: current,
        method: r.method(),
        url: r.url(),
        failure: r.failure()?.errorText ?? '?',
      });
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push({ step: current, text: m.text().slice(0, 400) });
  });
  page.on('pageerror', (e) =>
    consoleErrors.push({ step: current, text: `pageerror: ${e.message}` }),
  );
  page.on('dialog', (d) => {
    dialogs.push({ step: current, message: d.message() });
    void d.accept();
  });

  await step(page, 'dashboard-signed-out', async () => {
    await visit(page, '/');
    await page
      .getByText(/dashboard|wardrobe/i)
      .first()
      .waitFor();
  });

  if (LOGIN) {
    await step(page, 'login', async () => {
      await page.locator('button[title="Log in"]').click();
      await page.waitForURL((u) => u.origin === APP_URL && !u.searchParams.has('code'), {
        timeout: 20_000,
      });
      await page.locator('button[title="Log in"]').waitFor({ state: 'detached', timeout: 15_000 });
      await page.waitForLoadState('networkidle').catch(() => undefined);
      return 'signed in through the mock Auth0 (navbar login button gone)';
    });
  }

  await step(page, 'wardrobe-empty', async () => {
    await visit(page, '/wardrobe');
    await page.getByText(/PIECES/).waitFor();
    return (await page.getByText(/PIECES/).textContent())?.trim();
  });

  for (const photo of ['shirt-1.jpg', 'pants-1.jpg', 'shoes-1.jpg']) {
    await step(page, `upload-${photo.replace(/\.jpg$/, '')}`, () => uploadPhoto(page, photo));
    // A failed upload leaves the modal open: close it before the next one.
    if (await page.getByText('Upload Garment').isVisible()) {
      await page.getByRole('button', { name: 'Close' }).click();
    }
  }

  await step(page, 'wardrobe-after-uploads', async () => {
    await visit(page, '/wardrobe');
    await page.getByText(/PIECES/).waitFor();
    return (await page.getByText(/PIECES/).textContent())?.trim();
  });

  await step(page, 'edit-occasion', async () => {
    const card = page.locator(CARD).first();
    await card.hover();
    await page.getByRole('button', { name: 'EDIT OCCASION' }).first().click();
    await page
      .getByRole('button', { name: /Formal/ })
      .first()
      .click();
    await shot(page, 'edit-occasion-modal');
    const [r] = await Promise.all([
      waitApi(page, 'PUT', /\/api\/prendas\/[^/]+\/ocasion$/),
      page.getByRole('button', { name: /^Save$/ }).click(),
    ]);
    if (r.status() >= 400) throw new Error(`PUT ocasion ${r.status()}`);
  });

  await step(page, 'garment-detail', async () => {
    await visit(page, '/wardrobe');
    // The caption: the middle of the card is the hover overlay's DELETE button.
    await page.locator(CARD).first().locator('p').first().click();
    await page.waitForURL(/\/wardrobe\/prenda\//);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    return new URL(page.url()).pathname;
  });

  await step(page, 'generate-preferences', async () => {
    await visit(page, '/generate');
    await page.getByRole('button', { name: 'Outfit preferences' }).click();
    await page.getByText('Generate 3 outfits').waitFor();
  });

  await step(page, 'generate-outfits', async () => {
    const [r] = await Promise.all([
      waitApi(page, 'GET', '/api/outfits/recommend'),
      page.getByRole('button', { name: 'Generate 3 outfits' }).click(),
    ]);
    await page.waitForTimeout(800);
    const count = await page.getByRole('button', { name: /save to wardrobe/i }).count();
    if (r.status() >= 400 || count === 0)
      throw new Error(`recommend ${r.status()}, ${count} cards`);
    return `${count} recommendation cards`;
  });

  await step(page, 'save-recommendation', async () => {
    const [r] = await Promise.all([
      waitApi(page, 'POST', '/api/outfits/save'),
      page
        .getByRole('button', { name: /save to wardrobe/i })
        .first()
        .click(),
    ]);
    if (r.status() >= 400) throw new Error(`save ${r.status()}`);
  });

  await step(page, 'recommendation-detail-save', async () => {
    const left = await page.getByRole('button', { name: /save to wardrobe/i }).count();
    if (left === 0) {
      await Promise.all([
        waitApi(page, 'GET', '/api/outfits/recommend'),
        page
          .getByRole('button', { name: /^Generate$/ })
          .first()
          .click(),
      ]);
      await page.waitForTimeout(800);
    }
    // The card opens the detail view (its pieces stop the click): Enter on the focused card.
    await page.locator('.anim-up [tabindex="0"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/generate\/outfit/);
    await page.getByRole('button', { name: /save outfit/i }).waitFor();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await shot(page, 'recommendation-detail');
    const [r] = await Promise.all([
      waitApi(page, 'POST', '/api/outfits/save'),
      page.getByRole('button', { name: /save outfit/i }).click(),
    ]);
    if (r.status() >= 400) throw new Error(`save ${r.status()}`);
    await page.waitForURL(/\/wardrobe\/outfit\//, { timeout: 10_000 });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    return new URL(page.url()).pathname;
  });

  await step(page, 'saved-outfits', async () => {
    await visit(page, '/wardrobe/outfits');
    const n = await page.getByRole('button', { name: 'Delete outfit' }).count();
    return `${n} saved outfit cards`;
  });

  await step(page, 'delete-saved-outfit', async () => {
    const [r] = await Promise.all([
      waitApi(page, 'DELETE', /\/api\/outfits\/[^/]+$/),
      page.getByRole('button', { name: 'Delete outfit' }).first().click(),
    ]);
    if (r.status() >= 400) throw new Error(`delete ${r.status()}`);
    await page.waitForTimeout(500);
    const n = await page.getByRole('button', { name: 'Delete outfit' }).count();
    return `${n} saved outfit cards left`;
  });

  await step(page, 'dashboard', async () => {
    await visit(page, '/');
  });

  await step(page, 'settings', async () => {
    await visit(page, '/settings');
    await page
      .getByText(/preferences/i)
      .first()
      .waitFor({ timeout: 10_000 });
  });

  await step(page, 'settings-save', async () => {
    await page
      .getByRole('button', { name: /edit (all )?preferences/i })
      .first()
      .click();
    const [r] = await Promise.all([
      waitApi(page, 'PUT', '/api/me/preferences'),
      page.getByRole('button', { name: /save all changes/i }).click(),
    ]);
    if (r.status() >= 400) throw new Error(`PUT preferences ${r.status()}`);
  });

  await step(page, 'model-examples', async () => {
    await visit(page, '/modelo/ejemplos');
    await page.getByText('Class descriptions').waitFor();
  });

  await step(page, 'chat', async () => {
    await visit(page, '/chat');
    await page.getByPlaceholder(/What are you doing today/).fill('Dinner with friends tonight');
    const [r] = await Promise.all([
      waitApi(page, 'POST', /^\/api\/chat$/, 90_000),
      page.getByRole('button', { name: 'Send' }).click(),
    ]);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    if (r.status() >= 400) throw new Error(`chat ${r.status()}`);
  });

  await step(page, 'mirror-context-text', async () => {
    await visit(page, '/mirror/context');
    await page.getByRole('button', { name: /advanced mode/i }).click();
    await page.locator('textarea').last().fill('Jeans and a white shirt for a casual dinner');
    const [r] = await Promise.all([
      waitApi(page, 'POST', '/api/mirror/analyze', 70_000),
      page.getByRole('button', { name: /evaluate text/i }).click(),
    ]);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    if (r.status() >= 400) throw new Error(`analyze ${r.status()}`);
  });

  await step(page, 'mirror-camera-classify', async () => {
    await visit(page, '/mirror');
    await page.getByRole('button', { name: /^Start$/ }).click();
    await page.locator('video').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1500);
    const [r] = await Promise.all([
      waitApi(page, 'POST', '/api/classify/vit-base64'),
      page.getByRole('button', { name: /^Classify ViT$/ }).click(),
    ]);
    if (r.status() >= 400) throw new Error(`vit-base64 ${r.status()}`);
    await page.waitForTimeout(500);
  });

  await step(page, 'mirror-add-to-wardrobe', async () => {
    const [r] = await Promise.all([
      waitApi(page, 'POST', '/api/prendas/auto'),
      page.getByRole('button', { name: /add to wardrobe/i }).click(),
    ]);
    if (r.status() >= 400) throw new Error(`prendas/auto ${r.status()}`);
  });

  await step(page, 'mirror-evaluate-frame', async () => {
    const [r] = await Promise.all([
      waitApi(page, 'POST', '/api/mirror/analyze-frame', 70_000),
      page.getByRole('button', { name: /evaluate outfit/i }).click(),
    ]);
    await page.waitForTimeout(800);
    if (r.status() >= 400) throw new Error(`analyze-frame ${r.status()}`);
  });

  await step(page, 'delete-garment-from-card', async () => {
    await visit(page, '/wardrobe');
    const before = (await page.getByText(/PIECES/).textContent())?.trim();
    await page.locator(CARD).first().hover();
    const [r] = await Promise.all([
      waitApi(page, 'DELETE', /\/api\/prendas\/[^/]+$/),
      page
        .getByRole('button', { name: /DELETE/ })
        .first()
        .click(),
    ]);
    if (r.status() >= 400) throw new Error(`delete ${r.status()}`);
    await page.waitForTimeout(800);
    return `${before} → ${(await page.getByText(/PIECES/).textContent())?.trim()}`;
  });

  await step(page, 'delete-garment-from-detail', async () => {
    // The caption: the middle of the card is the hover overlay's DELETE button.
    await page.locator(CARD).first().locator('p').first().click();
    await page.waitForURL(/\/wardrobe\/prenda\//);
    const [r] = await Promise.all([
      waitApi(page, 'DELETE', /\/api\/prendas\/[^/]+$/),
      page.getByRole('button', { name: /^Delete$/ }).click(),
    ]);
    if (r.status() >= 400) throw new Error(`delete ${r.status()}`);
    await page.waitForURL(/\/wardrobe$/, { timeout: 10_000 }).catch(() => undefined);
  });

  await step(page, 'dashboard-final', async () => {
    await visit(page, '/');
  });

  await browser.close();
  const failing = calls.filter((c) => c.status >= 400 || c.body?.startsWith('<'));
  const report = {
    label: LABEL,
    appUrl: APP_URL,
    apiOrigin: API_ORIGIN,
    steps,
    failingCalls: failing,
    failedRequests,
    consoleErrors,
    dialogs,
    calls,
  };
  const out = resolve(REPORT_DIR, `report-${LABEL}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(
    `\n${steps.filter((s) => s.ok).length}/${steps.length} steps ok; ${calls.length} API calls, ` +
      `${failing.length} failing, ${failedRequests.length} network failures, ` +
      `${consoleErrors.length} console errors → ${out}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
