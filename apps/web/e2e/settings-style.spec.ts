/**
 * Settings in the browser: the style the stylist reads (style_preference) and the currency of new
 * prices (moneda) are saved on the server with the profile and come back after a reload; a new
 * price without a currency takes the chosen one. Screenshots: desktop (EN) and phone (ES).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { baseURL, clearWardrobe, expectNoHorizontalScroll, photo, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

test('edit the stylist’s style and the currency, save, reload', async ({ page, request }) => {
  expect(
    (
      await request.put('/api/me/preferences', { data: { style_preference: '', moneda: 'EUR' } })
    ).ok(),
  ).toBe(true);
  await page.goto('/settings');
  const style = page.getByRole('textbox', { name: 'Your style, in your words' });
  await style.fill('Relaxed tailoring, earth tones, no heels. I cycle to work.');
  await expect(page.getByText('58 / 1000')).toBeVisible();
  await page.getByRole('combobox', { name: 'Currency of new prices' }).selectOption('GBP');
  await page.getByRole('button', { name: 'Save profile and preferences' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.getByRole('region', { name: 'Stylist and prices' }).scrollIntoViewIfNeeded();
  await shot(page, 'settings-style-desktop-en');

  const saved = (await (await request.get('/api/me/preferences')).json()) as Record<
    string,
    unknown
  >;
  expect(saved).toMatchObject({
    style_preference: 'Relaxed tailoring, earth tones, no heels. I cycle to work.',
    moneda: 'GBP',
  });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your style, in your words' })).toHaveValue(
    'Relaxed tailoring, earth tones, no heels. I cycle to work.',
  );
  await expect(page.getByRole('combobox', { name: 'Currency of new prices' })).toHaveValue('GBP');

  // A new price given without a currency is kept in the chosen one.
  await clearWardrobe(request);
  const res = await request.post('/api/prendas/upload', {
    multipart: {
      imagen: {
        name: 'shirt-1.jpg',
        mimeType: 'image/jpeg',
        buffer: readFileSync(photo('shirt-1.jpg')),
      },
      clase_nombre: 'Shirt',
      color: 'blanco',
      precio: '25',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  expect(await res.json()).toMatchObject({ precio: 25, moneda: 'GBP' });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('phone: the section in Spanish', async ({ page, request }) => {
    expect(
      (
        await request.put('/api/me/preferences', {
          data: { style_preference: 'Tonos tierra, nada de tacones.', moneda: 'MXN' },
        })
      ).ok(),
    ).toBe(true);
    await page.addInitScript(() => localStorage.setItem('fashion.lang', 'es'));
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Estilista y precios' });
    await expect(section.getByRole('textbox', { name: 'Tu estilo, con tus palabras' })).toHaveValue(
      'Tonos tierra, nada de tacones.',
    );
    await expect(
      section.getByRole('combobox', { name: 'Moneda de los precios nuevos' }),
    ).toHaveValue('MXN');
    await expectNoHorizontalScroll(page);
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'settings-style-phone-es', { fullPage: false, fromTop: false });
  });
});
