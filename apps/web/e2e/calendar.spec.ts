/**
 * The calendar: plan a week (from suggestions and from a saved outfit), move a plan (drag and
 * "move to"), log wears for yesterday and today, undo today's from the toast, and see the
 * garment's `ultimo_uso` follow. Screenshots in English and Spanish, desktop and phone.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, seedGarment, shot } from './helpers.ts';

test.use({ baseURL: baseURL(), viewport: { width: 1280, height: 800 } });

/** Calendar days in the browser's time zone, as the app computes them. */
async function localDays(page: Page, offsets: number[]): Promise<string[]> {
  return page.evaluate(
    (offs) =>
      offs.map((n) => {
        const d = new Date();
        d.setDate(d.getDate() + n);
        const p = (x: number) => String(x).padStart(2, '0');
        return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
      }),
    offsets,
  );
}

/** Opens a day in the month grid, turning to the next month when the day is not shown. */
async function openDay(page: Page, day: string) {
  const cell = page.getByTestId('month-grid').getByRole('button', { name: day, exact: true });
  await expect(page.getByTestId('month-grid').getByRole('gridcell').first()).toBeVisible();
  if ((await cell.count()) === 0) await page.getByRole('button', { name: 'Next month' }).click();
  await page.getByTestId('month-grid').getByRole('button', { name: day, exact: true }).click();
  await expect(page.getByTestId('day-panel')).toBeVisible();
}

async function seedWardrobe(request: APIRequestContext) {
  await clearWardrobe(request);
  const shirt = await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'blanco', ['casual']);
  const tee = await seedGarment(request, 't-shirt-1.jpg', 'T-shirt', 'gris', ['casual']);
  const pants = await seedGarment(request, 'pants-1.jpg', 'Pants', 'azul', ['casual']);
  const shorts = await seedGarment(request, 'shorts-1.jpg', 'Shorts', 'beige', ['casual']);
  const shoes = await seedGarment(request, 'shoes-1.jpg', 'Shoes', 'negro', ['casual']);
  const saved = await request.post('/api/outfits/save', {
    data: {
      superior_id: shirt._id,
      inferior_id: pants._id,
      zapatos_id: shoes._id,
      nombre: 'Office',
    },
  });
  expect(saved.status()).toBe(201);
  const weekend = await request.post('/api/outfits/save', {
    data: {
      superior_id: tee._id,
      inferior_id: shorts._id,
      zapatos_id: shoes._id,
      nombre: 'Weekend',
    },
  });
  expect(weekend.status()).toBe(201);
  for (const p of (await (await request.get('/api/planes')).json()) as { _id: string }[]) {
    await request.delete(`/api/planes/${p._id}`);
  }
  return { shirt, tee, pants, shoes };
}

test('plan a week, move a plan, log wears, undo one, see ultimo_uso move', async ({
  page,
  request,
}) => {
  const { shirt, tee } = await seedWardrobe(request);
  await page.goto('/calendar');
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  const days = await localDays(page, [-1, 0, 1, 2, 3, 4, 5, 6, 7]);
  const [yesterday, today, ...week] = days as [string, string, ...string[]];

  // Plan the next seven days: odd ones from the day's suggestions, even ones from the saved outfit.
  for (const [i, day] of week.entries()) {
    await openDay(page, day);
    const panel = page.getByTestId('day-panel');
    if (i % 2 === 0) {
      await panel.getByRole('button', { name: 'Suggest outfits for this day' }).click();
      await panel
        .getByTestId('suggestion')
        .first()
        .getByRole('button', { name: 'Plan this' })
        .click();
    } else {
      await panel.getByLabel('Plan an outfit').selectOption({ label: 'Office' });
      await panel.getByRole('button', { name: 'Plan it' }).click();
    }
    await expect(panel.getByTestId('plan')).toHaveCount(1);
  }
  const plans = (await (await request.get('/api/planes')).json()) as {
    _id: string;
    fecha: string;
  }[];
  expect(plans.map((p) => p.fecha)).toEqual(week);

  // Move the last plan with "move to", then drag the first one a day later (desktop).
  await openDay(page, week[6]!);
  const panel = page.getByTestId('day-panel');
  await panel.getByLabel('Move to').fill(week[5]!);
  await panel.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText('Plan moved.')).toBeVisible();
  // Drag the first plan onto the day after the week (desktop), when both show in this month.
  await openDay(page, week[0]!);
  const target = page.locator(`[data-day="${week[6]}"]`);
  const source = page.locator(`[data-day="${week[0]}"]`).getByTestId('plan-chip');
  if ((await target.count()) === 1 && (await source.count()) === 1) {
    await source.dragTo(target);
    await expect(page.getByText('Plan moved.')).toBeVisible();
  } else {
    await request.patch(`/api/planes/${plans[0]!._id}`, { data: { fecha: week[6] } });
  }
  await expect
    .poll(async () =>
      ((await (await request.get('/api/planes')).json()) as { fecha: string }[]).map(
        (p) => p.fecha,
      ),
    )
    .toEqual([...week.slice(1, 5), week[5], week[5], week[6]]);
  await openDay(page, today);
  await shot(page, 'calendar-desktop');

  // Log yesterday's and today's wear of the saved outfit; today's carries the time of logging.
  await openDay(page, yesterday);
  await page
    .getByTestId('day-panel')
    .getByLabel('Log what I wore')
    .selectOption({ label: 'Office' });
  await page.getByTestId('day-panel').getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByTestId('day-panel').getByTestId('wear')).toHaveCount(1);
  const afterYesterday = (await (await request.get(`/api/prendas/${shirt._id}`)).json()) as {
    ultimo_uso?: string;
  };
  expect(afterYesterday.ultimo_uso?.slice(0, 10)).toBe(yesterday);

  await openDay(page, today);
  const clickedAt = Date.now();
  await page
    .getByTestId('day-panel')
    .getByLabel('Log what I wore')
    .selectOption({ label: 'Office' });
  await page.getByTestId('day-panel').getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByText('Logged as worn.')).toBeVisible();
  const afterToday = (await (await request.get(`/api/prendas/${shirt._id}`)).json()) as {
    ultimo_uso?: string;
  };
  expect(Date.parse(afterToday.ultimo_uso ?? '')).toBeGreaterThanOrEqual(clickedAt - 1000);
  await shot(page, 'calendar-desktop-logged');

  // Undo from the toast: ultimo_uso falls back to yesterday's wear.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Wear removed.')).toBeVisible();
  await expect(page.getByTestId('day-panel').getByTestId('wear')).toHaveCount(0);
  const afterUndo = (await (await request.get(`/api/prendas/${shirt._id}`)).json()) as {
    ultimo_uso?: string;
  };
  expect(afterUndo.ultimo_uso?.slice(0, 10)).toBe(yesterday);

  // The garment page says so, and its own "I wore this today" logs today again.
  await page.goto(`/garments/${shirt._id}`);
  await expect(page.getByText(/last worn/)).toBeVisible();
  await page.getByRole('button', { name: 'I wore this today' }).click();
  await expect(page.getByText('Logged for today.')).toBeVisible();
  const wears = (await (await request.get(`/api/usos?prenda=${shirt._id}`)).json()) as {
    fecha: string;
  }[];
  expect(wears.map((w) => w.fecha)).toEqual([today, yesterday]);

  // "I wore this instead": yesterday was the weekend outfit after all.
  await page.goto('/calendar');
  await openDay(page, yesterday);
  const worn = page.getByTestId('day-panel').getByTestId('wear');
  await worn.getByLabel('I wore this instead').selectOption({ label: 'Weekend' });
  await worn.getByRole('button', { name: 'Change' }).click();
  await expect(page.getByText('Changed.')).toBeVisible();
  const yesterdays = (await (
    await request.get(`/api/usos?desde=${yesterday}&hasta=${yesterday}`)
  ).json()) as { prenda_ids: string[] }[];
  expect(yesterdays).toHaveLength(1);
  expect(yesterdays[0]!.prenda_ids).toContain(tee._id);
  expect(yesterdays[0]!.prenda_ids).not.toContain(shirt._id);
  const teeNow = (await (await request.get(`/api/prendas/${tee._id}`)).json()) as {
    ultimo_uso?: string;
  };
  expect(teeNow.ultimo_uso?.slice(0, 10)).toBe(yesterday);
  await shot(page, 'calendar-desktop-instead');
});

test('the calendar in Spanish, and on a 375 px phone (week list)', async ({ browser, request }) => {
  await seedWardrobe(request);
  // Something to show: today's wear and tomorrow's plan (server days; the phone shows its week).
  const outfits = (await (await request.get('/api/outfits')).json()) as { _id: string }[];
  const now = new Date();
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const ymd = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  expect(
    (
      await request.post('/api/usos', { data: { fecha: ymd(now), outfit_id: outfits[0]!._id } })
    ).status(),
  ).toBe(201);
  expect(
    (
      await request.post('/api/planes', {
        data: { fecha: ymd(tomorrow), outfit_id: outfits[1]!._id },
      })
    ).status(),
  ).toBe(201);
  const es = await browser.newPage({ baseURL: baseURL(), viewport: { width: 1280, height: 800 } });
  await es.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
  await es.goto('/calendar');
  await expect(es.getByRole('heading', { level: 1, name: 'Calendario' })).toBeVisible();
  await expect(es.getByText('Sugerir outfits para este día')).toBeVisible();
  await shot(es, 'calendar-desktop-es');
  await es.close();

  for (const lang of ['en', 'es'] as const) {
    const phone = await browser.newPage({
      baseURL: baseURL(),
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    await phone.addInitScript((l) => localStorage.setItem('fashion.lang', l), lang);
    await phone.goto('/calendar');
    await expect(phone.getByTestId('week-agenda')).toBeVisible();
    await expect(phone.getByTestId('month-grid')).toBeHidden();
    await expect(phone.getByTestId('week-agenda').getByRole('button')).toHaveCount(7);
    await expectNoHorizontalScroll(phone);
    await shot(phone, `calendar-phone-${lang}`, { fullPage: false });
    await phone.close();
  }
});

test('a plan caught mid-send by a reload is sent again with its key, and lands once', async ({
  page,
  request,
}) => {
  await seedWardrobe(request);
  await page.goto('/calendar');
  const [day] = (await localDays(page, [2])) as [string];
  const plansOn = async () =>
    ((await (await request.get(`/api/planes?desde=${day}&hasta=${day}`)).json()) as unknown[])
      .length;

  // The first POST reaches the server, but its answer never comes back: the tab is reloaded.
  const keys: string[] = [];
  let reached: () => void = () => {};
  const atServer = new Promise<void>((r) => (reached = r));
  await page.route(
    (url) => url.pathname === '/api/planes',
    async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length > 1) return route.fallback();
      await route.fetch();
      reached();
    },
  );
  await openDay(page, day);
  const panel = page.getByTestId('day-panel');
  await panel.getByLabel('Plan an outfit').selectOption({ label: 'Office' });
  await panel.getByRole('button', { name: 'Plan it' }).click();
  await atServer;
  expect(await plansOn()).toBe(1);
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('fashion.offline-queue:')),
  );
  expect(kept).toEqual(['fashion.offline-queue:anonymous']);

  await page.reload();
  // The reloaded tab sends it again, with the key it was first made with: still one plan.
  await expect.poll(() => keys.length).toBe(2);
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  await openDay(page, day);
  await expect(page.getByTestId('day-panel').getByTestId('plan')).toHaveCount(1);
  expect(await plansOn()).toBe(1);
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('fashion.offline-queue:')),
      ),
    )
    .toEqual([]);
});
