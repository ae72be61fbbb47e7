/**
 * The stylist screen against the real server with the built-in stylist (no LLM, no network):
 * ask for an outfit in English and in Spanish (the reply in that language, the outfit card's
 * reasons worded in the UI language, saving it), and evaluate a real photo in the mirror (what it
 * sees, a score, suggestions). Desktop 1280×800 and phone 375×812; screenshots under
 * .artifacts/screenshots/stylist-*.
 */
import { expect, test } from '@playwright/test';
import {
  baseURL,
  clearWardrobe,
  expectNoHorizontalScroll,
  modelsLoaded,
  photo,
  seedGarment,
  shot,
} from './helpers.ts';

test.use({ baseURL: baseURL() });

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 375, height: 812 }, isMobile: true },
] as const;

const LANGS = {
  en: {
    ask: 'What should I wear to work tomorrow? It will be cold.',
    reply: /^My pick for work \(a cold day\): your /,
    nav: 'Stylist',
    send: 'Send',
    why: 'Why this works',
    save: 'Save outfit',
    saved: 'Outfit saved.',
    mirrorTab: 'Mirror',
    take: 'Take or choose a photo',
    evaluate: 'Evaluate',
    sees: /^an? \w+ t-shirt$/i,
    score: /Score/,
  },
  es: {
    ask: '¿Qué me pongo para ir al trabajo? Hará frío.',
    reply: /^Mi propuesta para el trabajo/,
    nav: 'Estilista',
    send: 'Enviar',
    why: 'Por qué funciona',
    save: 'Guardar outfit',
    saved: 'Outfit guardado.',
    mirrorTab: 'Espejo',
    take: 'Hacer o elegir una foto',
    evaluate: 'Evaluar',
    sees: /^camiseta \w+$/i,
    score: /Puntuaci/,
  },
} as const;

test.beforeEach(async ({ request }) => {
  await clearWardrobe(request);
  await seedGarment(request, 'shirt-1.jpg', 'Shirt', 'azul', ['trabajo']);
  await seedGarment(request, 't-shirt-1.jpg', 'T-shirt', 'blanco', ['casual']);
  await seedGarment(request, 'pants-1.jpg', 'Pants', 'negro', ['trabajo', 'casual']);
  await seedGarment(request, 'shoes-1.jpg', 'Shoes', 'negro', ['trabajo', 'casual']);
  await seedGarment(request, 'outwear-1.jpg', 'Outwear', 'gris', ['trabajo']);
});

for (const size of SIZES) {
  for (const [lang, w] of Object.entries(LANGS)) {
    test(`${size.name} ${lang}: chat for an outfit, save it, and evaluate a photo in the mirror`, async ({
      browser,
      request,
    }) => {
      const context = await browser.newContext({
        baseURL: baseURL(),
        viewport: size.viewport,
        isMobile: size.isMobile,
        hasTouch: size.isMobile,
      });
      const page = await context.newPage();
      await page.addInitScript((l) => localStorage.setItem('fashion.lang', l), lang);
      await page.goto('/wardrobe');
      await page.getByRole('navigation').getByRole('link', { name: w.nav }).last().click();
      await expect(page).toHaveURL(/\/stylist$/);
      await expect(page.getByRole('heading', { level: 1, name: w.nav })).toBeVisible();

      // Chat: the reply in the person's language, with the outfit as a card.
      await page.locator('#stylist-message').fill(w.ask);
      await page.getByRole('button', { name: w.send, exact: true }).click();
      const reply = page.getByTestId('chat-stylist').first();
      await expect(reply).toHaveText(
        new RegExp(`${lang === 'en' ? 'Stylist' : 'Estilista'}: ${w.reply.source.slice(1)}`),
      );
      const card = page.getByTestId('outfit-card');
      await expect(card).toBeVisible();
      await expect(card.getByText(w.why)).toBeVisible();
      // The reasons are worded in the UI language: none of the server's Spanish sentences shows
      // in English, and each card reason is one of the UI's own.
      const answer = (await (
        await request.post('/api/chat', { data: { messages: [{ role: 'user', content: w.ask }] } })
      ).json()) as { outfit: { explicaciones: string[] } };
      const cardText = (await card.textContent()) ?? '';
      if (lang === 'en') {
        for (const s of answer.outfit.explicaciones) expect(cardText).not.toContain(s);
      }
      await expect(card.locator('li').first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await shot(page, `stylist-chat-${lang}-${size.name}`);

      await card.getByRole('button', { name: w.save }).click();
      await expect(page.getByText(w.saved)).toBeVisible();
      const saved = (await (await request.get('/api/outfits')).json()) as unknown[];
      expect(saved).toHaveLength(1);

      // Mirror: a real photo (a T-shirt the ViT names at 0.90) → what it sees, a score, suggestions.
      if (await modelsLoaded(request)) {
        await page.getByRole('tab', { name: w.mirrorTab }).click();
        await page.getByTestId('mirror-photo').setInputFiles(photo('t-shirt-2.jpg'));
        await expect(page.getByRole('img')).toBeVisible();
        await page.getByRole('button', { name: w.evaluate, exact: true }).click();
        const mirror = page.getByTestId('mirror-answer');
        await expect(mirror).toBeVisible({ timeout: 60_000 });
        await expect(page.getByTestId('mirror-sees')).toHaveText(w.sees);
        await expect(mirror.getByTestId('score')).toHaveText(/^\d+$/);
        await expect(page.getByTestId('mirror-suggestions').locator('li').first()).toBeVisible();
        await expectNoHorizontalScroll(page);
        await shot(page, `stylist-mirror-${lang}-${size.name}`);
      }
      await context.close();
    });
  }
}
