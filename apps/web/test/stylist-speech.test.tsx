/**
 * The stylist's chat with the browser's speech: an answer is read aloud in the UI language, a
 * dictated message fills the input, a blocked microphone is explained; without the browser APIs
 * (jsdom has neither) no speech button is shown. The browser APIs are stand-ins here: a real
 * SpeechRecognition needs a microphone and its vendor's service.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';

function chatApi(): FakeApi {
  const api = new FakeApi();
  api.intercept = (req) =>
    req.path.startsWith('/api/chat')
      ? { status: 200, body: { reply: 'A navy blazer over a white shirt.' } }
      : undefined;
  return api;
}

type Handlers = {
  onresult: ((e: unknown) => void) | null;
  onerror: ((e: unknown) => void) | null;
  onend: (() => void) | null;
};

/** A SpeechRecognition that "hears" `heard`, or fails with `error`. */
function fakeRecognition(heard: string, error?: string) {
  const made: { lang: string }[] = [];
  class Recognition implements Handlers {
    lang = '';
    interimResults = true;
    onresult: Handlers['onresult'] = null;
    onerror: Handlers['onerror'] = null;
    onend: Handlers['onend'] = null;
    constructor() {
      made.push(this);
    }
    start() {
      setTimeout(() => {
        if (error) this.onerror?.({ error });
        else this.onresult?.({ results: [[{ transcript: heard }]] });
        this.onend?.();
      }, 0);
    }
    stop() {}
  }
  vi.stubGlobal('webkitSpeechRecognition', Recognition);
  return made;
}

function fakeSynthesis() {
  const spoken: { text: string; lang: string }[] = [];
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      constructor(readonly text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', {
    cancel: () => {},
    speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
  });
  return spoken;
}

afterEach(() => vi.unstubAllGlobals());

describe('stylist speech', () => {
  it('reads an answer aloud in Spanish and dictates a message', async () => {
    const spoken = fakeSynthesis();
    const made = fakeRecognition('algo para una boda');
    renderApp('/stylist', chatApi(), 'es');
    await userEvent.click(await screen.findByRole('button', { name: 'Dictar' }));
    expect(await screen.findByDisplayValue('algo para una boda')).toBeInTheDocument();
    expect(made[0]!.lang).toBe('es-ES');
    await userEvent.click(screen.getByRole('button', { name: 'Enviar' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Leer en voz alta' }));
    expect(spoken).toEqual([{ text: 'A navy blazer over a white shirt.', lang: 'es-ES' }]);
  });

  it('a blocked microphone is explained, and the message can still be typed', async () => {
    fakeRecognition('', 'not-allowed');
    renderApp('/stylist', chatApi());
    await userEvent.click(await screen.findByRole('button', { name: 'Dictate' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('blocked the microphone');
    expect(screen.getByRole('textbox', { name: 'Your message' })).toBeEnabled();
  });

  it('without the browser APIs there is no speech button', async () => {
    renderApp('/stylist', chatApi());
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your message' }), 'hi');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('A navy blazer over a white shirt.');
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dictate' })).toBeNull();
  });
});
