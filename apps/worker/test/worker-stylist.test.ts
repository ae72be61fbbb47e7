/**
 * The stylist on workerd with no LLM configured (the built-in one): the chat answers with an
 * outfit from the caller's wardrobe in D1, the mirror's text analysis answers, and speech
 * without an audio endpoint is a 501 that says how to enable it.
 */
import { describe, expect, it } from 'vitest';
import { call, json, uploadOutfitBasics } from './helpers.ts';

describe('the stylist on the Worker', () => {
  it('chat picks a work outfit from the wardrobe; mirror analyses; tts is 501', async () => {
    const ids = await uploadOutfitBasics({ ocasion: 'trabajo' });

    const chat = await call(
      '/api/chat',
      json('POST', {
        messages: [{ role: 'user', content: 'What should I wear to the office tomorrow?' }],
      }),
    );
    expect(chat.status).toBe(200);
    const answer = (await chat.json()) as {
      reply: string;
      outfit: { prendas: Record<string, { _id: string }> };
    };
    expect(answer.reply).toMatch(/^My pick for work/);
    const shown = Object.values(answer.outfit.prendas).map((g) => g._id);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(ids).toContain(id);

    const mirror = await call(
      '/api/mirror/analyze',
      json('POST', { userPrompt: 'Business casual meeting, 16°C. Evaluate my outfit.' }),
    );
    expect(mirror.status).toBe(200);
    expect(
      ((await mirror.json()) as { analysis: { expert_feedback: string } }).analysis.expert_feedback,
    ).toMatch(/for work/);

    const tts = await call('/api/chat/tts', json('POST', { text: 'hola' }));
    expect(tts.status).toBe(501);
    expect(((await tts.json()) as { error: string }).error).toMatch(/LLM_BASE_URL/);

    for (const id of ids) await call(`/api/prendas/${id}`, { method: 'DELETE' });
  });
});
