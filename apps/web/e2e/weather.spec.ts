/**
 * The forecast end to end (the server's provider is the local Open-Meteo stand-in of the global
 * setup): save a city in Settings by searching it, then fill the outfits screen's weather from
 * its forecast. Desktop and phone, English and Spanish screenshots under .artifacts/screenshots.
 */
import { expect, test } from '@playwright/test';
import { baseURL, shot } from './helpers.ts';

test.use({ baseURL: baseURL() });

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 375, height: 812 } },
];

for (const size of SIZES) {
  test(`save a city and fill the weather from its forecast (${size.name})`, async ({ page }) => {
    await page.setViewportSize(size.viewport);
    await page.goto('/settings');
    await page.getByRole('searchbox', { name: 'Search a city' }).fill('Osl');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: 'Choose Oslo, Oslo, Norway' }).click();
    await expect(page.getByTestId('saved-city')).toHaveText('Saved: Oslo');
    await shot(page, `weather-settings-city-${size.name}-en`);

    await page.goto('/outfits');
    await page.getByRole('button', { name: /Change preferences/ }).click();
    await page.getByRole('switch', { name: 'Consider the weather' }).check({ force: true });
    await page.getByRole('switch', { name: 'Use the forecast' }).check({ force: true });
    await expect(page.getByText('Forecast for Oslo')).toBeVisible();
    await expect(page.getByText(/^Forecast: -?\d+ °C/)).toBeVisible();
    await page.getByText('Forecast for Oslo').scrollIntoViewIfNeeded();
    await shot(page, `weather-outfits-${size.name}-en`, { fullPage: false, fromTop: false });

    await page.evaluate(() => localStorage.setItem('fashion.lang', 'es'));
    await page.reload();
    await page.getByRole('button', { name: /Cambiar/ }).click();
    await page.getByRole('switch', { name: /tiempo/i }).check({ force: true });
    await page.getByRole('switch', { name: 'Usar el pronóstico' }).check({ force: true });
    await expect(page.getByText(/^Pronóstico: -?\d+ °C/)).toBeVisible();
    await page.getByText('Pronóstico para Oslo').scrollIntoViewIfNeeded();
    await shot(page, `weather-outfits-${size.name}-es`, { fullPage: false, fromTop: false });
    await page.evaluate(() => localStorage.removeItem('fashion.lang'));
  });
}
