/**
 * The browser's own speech, for the stylist: reading an answer aloud (speechSynthesis) and
 * dictating a message (SpeechRecognition; Chromium still names it webkitSpeechRecognition).
 * Both are optional: where a browser lacks one, its button is not shown.
 */
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../i18n/i18n.tsx';

const VOICE_LANG: Record<Lang, string> = { en: 'en-GB', es: 'es-ES' };

export function canSpeak(): boolean {
  return 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

/** Reads `text` aloud in the UI language, instead of whatever was being read. */
export function speak(text: string, lang: Lang): void {
  const utterance = new window.SpeechSynthesisUtterance(text);
  utterance.lang = VOICE_LANG[lang];
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

/** What this code uses of a SpeechRecognition (not in TypeScript's DOM library yet). */
interface Recognition {
  lang: string;
  interimResults: boolean;
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}

function recognitionClass(): (new () => Recognition) | undefined {
  const w = window as unknown as Record<string, (new () => Recognition) | undefined>;
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/** Dictation into a message: `onText` gets what was heard once the person stops speaking. */
export function useDictation(lang: Lang, onText: (text: string) => void) {
  const Recognition = recognitionClass();
  const [listening, setListening] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const current = useRef<Recognition | null>(null);
  useEffect(() => () => current.current?.stop(), []);
  const start = () => {
    if (!Recognition || current.current) return;
    const r = new Recognition();
    r.lang = VOICE_LANG[lang];
    r.interimResults = false;
    r.onresult = (e) => {
      const heard = Array.from(e.results, (alt) => alt[0]?.transcript ?? '').join(' ');
      if (heard.trim()) onText(heard.trim());
    };
    r.onerror = (e) => setFailed(e.error);
    r.onend = () => {
      current.current = null;
      setListening(false);
    };
    current.current = r;
    setFailed(null);
    setListening(true);
    r.start();
  };
  const stop = () => current.current?.stop();
  return { supported: Recognition !== undefined, listening, failed, start, stop };
}
