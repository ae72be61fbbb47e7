/**
 * The chat: the person's messages and the stylist's answers; an answer with an outfit shows it
 * as a card (flat-lay, score, reasons worded in the UI language) that can be saved.
 */
import { useRef, useState } from 'react';
import { useI18n, useT } from '../../i18n/i18n.tsx';
import { useChat, type ChatTurn } from '../../api/stylist.ts';
import { toOutfitSave, useSaveOutfit } from '../../api/outfits.ts';
import { waitsOffline } from '../../api/offline-queue.ts';
import type { Recommendation } from '../../api/types.ts';
import { ApiError } from '../../api/client.ts';
import { newIdempotencyKey } from '../../lib/idempotency.ts';
import { useToast } from '../../components/Toast.tsx';
import { InlineError, Spinner } from '../../components/States.tsx';
import { btn, card, input, muted } from '../../components/ui.ts';
import { OutfitCard } from '../outfits/OutfitCard.tsx';
import { canSpeak, speak, useDictation } from './speech.ts';

interface Message extends ChatTurn {
  outfit?: Recommendation;
}

export function ChatPanel() {
  const { t, lang } = useI18n();
  const chat = useChat();
  const [messages, setMessages] = useState<Message[]>([]);
  const [text, setText] = useState('');
  const dictation = useDictation(lang, (heard) => setText((before) => `${before} ${heard}`.trim()));
  const voice = canSpeak();

  const send = (content: string) => {
    const trimmed = content.trim();
    if (!trimmed || chat.isPending) return;
    const next: Message[] = [...messages, { role: 'user', content: trimmed }];
    setMessages(next);
    setText('');
    chat.mutate(
      next.map(({ role, content: c }) => ({ role, content: c })),
      {
        onSuccess: (a) =>
          setMessages((m) => [
            ...m,
            { role: 'assistant', content: a.reply, ...(a.outfit ? { outfit: a.outfit } : {}) },
          ]),
      },
    );
  };

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex flex-col gap-4" aria-live="polite" data-testid="chat-log">
        {messages.length === 0 ? (
          <li className={`text-sm ${muted}`}>{t.stylist.chat.empty}</li>
        ) : null}
        {messages.map((m, i) => (
          <li key={i} className={m.role === 'user' ? 'flex justify-end' : 'flex flex-col gap-3'}>
            {m.role === 'user' ? (
              <p
                className="max-w-[85%] rounded-2xl rounded-br-sm bg-stone-900 px-4 py-2.5 text-sm text-white dark:bg-stone-100 dark:text-stone-900"
                data-testid="chat-user"
              >
                <span className="sr-only">{t.stylist.chat.you}: </span>
                {m.content}
              </p>
            ) : (
              <>
                <p
                  className={`${card} max-w-[92%] rounded-bl-sm px-4 py-3 text-sm`}
                  data-testid="chat-stylist"
                >
                  <span className="sr-only">{t.stylist.chat.stylist}: </span>
                  {m.content}
                </p>
                {voice ? (
                  <button
                    type="button"
                    className={`${btn.ghost} ${btn.small} self-start`}
                    onClick={() => speak(m.content, lang)}
                  >
                    {t.stylist.chat.readAloud}
                  </button>
                ) : null}
                {m.outfit ? <ChatOutfit outfit={m.outfit} /> : null}
              </>
            )}
          </li>
        ))}
        {chat.isPending ? (
          <li className={`flex items-center gap-2 text-sm ${muted}`}>
            <Spinner className="size-4" /> {t.stylist.chat.thinking}
          </li>
        ) : null}
      </ol>
      <InlineError error={chat.error} />
      {messages.length === 0 ? (
        <div className="flex flex-wrap gap-2">
          {t.stylist.chat.suggestions.map((s) => (
            <button
              key={s}
              type="button"
              className={`${btn.secondary} ${btn.small}`}
              onClick={() => send(s)}
            >
              {s}
            </button>
          ))}
        </div>
      ) : null}
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          send(text);
        }}
      >
        <label className="sr-only" htmlFor="stylist-message">
          {t.stylist.chat.label}
        </label>
        <input
          id="stylist-message"
          className={`${input} rounded-full`}
          value={text}
          maxLength={2000}
          placeholder={t.stylist.chat.placeholder}
          onChange={(e) => setText(e.target.value)}
        />
        {dictation.supported ? (
          <button
            type="button"
            className={btn.secondary}
            aria-pressed={dictation.listening}
            onClick={() => (dictation.listening ? dictation.stop() : dictation.start())}
          >
            {dictation.listening ? t.stylist.chat.stopDictating : t.stylist.chat.dictate}
          </button>
        ) : null}
        <button type="submit" className={btn.primary} disabled={chat.isPending || !text.trim()}>
          {t.stylist.chat.send}
        </button>
      </form>
      {dictation.failed ? (
        <p role="alert" className="text-sm text-amber-700 dark:text-amber-400">
          {dictation.failed === 'not-allowed' || dictation.failed === 'service-not-allowed'
            ? t.stylist.chat.micBlocked
            : t.stylist.chat.dictationFailed}
        </p>
      ) : null}
    </div>
  );
}

function ChatOutfit({ outfit }: { outfit: Recommendation }) {
  const t = useT();
  const toast = useToast();
  const save = useSaveOutfit();
  const key = useRef<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSave = async () => {
    key.current ??= newIdempotencyKey();
    try {
      const sent = save.mutateAsync({
        body: toOutfitSave(outfit, outfit.ocasion ?? 'casual'),
        key: key.current,
      });
      // Offline the save waits in the queue (sent once back online): saved, as far as you know.
      if (!waitsOffline()) await sent;
      else sent.catch(() => {});
      setSaved(true);
      toast.show(t.stylist.chat.savedToast);
    } catch (err) {
      // An error answer stored nothing: a retry is a new request (no answer keeps the key).
      if (err instanceof ApiError && err.status !== 0) key.current = null;
    }
  };
  return (
    <div className="max-w-xl">
      <OutfitCard
        title={t.stylist.chat.outfitTitle}
        pieces={outfit.prendas}
        puntuacion={outfit.puntuacion}
        reasons={outfit.detalles}
        reasonTexts={outfit.explicaciones}
        actions={
          <>
            <button
              type="button"
              className={btn.accent}
              disabled={saved || save.isPending}
              onClick={() => void onSave()}
            >
              {saved ? t.stylist.chat.saved : t.stylist.chat.save}
            </button>
            <InlineError error={save.error} />
          </>
        }
      />
    </div>
  );
}
