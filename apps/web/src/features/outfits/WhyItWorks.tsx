/**
 * "Why this works": an outfit's reasons in the UI language, reasons first and caveats apart
 * ("Keep in mind"). Reasons come as codes with parameters (a recommendation's `detalles`, a
 * saved outfit's `razones`); without them, or for a code this app does not know yet, the
 * server's own text is shown.
 */
import { REASON_CODES, type ReasonCode, type ReasonParams } from '@fashion/core';
import { useI18n, type Lang } from '../../i18n/i18n.tsx';
import type { Dict } from '../../i18n/en.ts';
import { reasonsEn, type ReasonWords } from '../../i18n/reasons.en.ts';
import { reasonsEs } from '../../i18n/reasons.es.ts';
import { muted } from '../../components/ui.ts';

export interface ReasonItem {
  code: string;
  kind?: 'reason' | 'caveat';
  params?: ReasonParams;
  text?: string;
}

const WORDS: Record<Lang, ReasonWords> = { en: reasonsEn, es: reasonsEs };
const KNOWN: ReadonlySet<string> = new Set(REASON_CODES);

/** Reasons shown at once; the rest fold away (the strongest come first). */
const SHOWN = 4;

export function reasonTexts(
  items: readonly ReasonItem[] | undefined,
  fallback: readonly string[] | undefined,
  lang: Lang,
  t: Dict,
): { reasons: string[]; caveats: string[] } {
  if (!items?.length) return { reasons: (fallback ?? []).filter(Boolean), caveats: [] };
  const out = { reasons: [] as string[], caveats: [] as string[] };
  for (const item of items) {
    let text = item.text ?? '';
    if (KNOWN.has(item.code)) {
      try {
        text = WORDS[lang][item.code as ReasonCode](item.params ?? {}, t);
      } catch {
        // Parameters this version cannot word: keep the server's sentence.
      }
    }
    if (text.trim()) (item.kind === 'caveat' ? out.caveats : out.reasons).push(text);
  }
  return out;
}

function List({ lines, caveat }: { lines: string[]; caveat?: boolean }) {
  return (
    <ul className="mt-1.5 space-y-1 text-sm">
      {lines.map((text, i) => (
        <li key={i} className="flex gap-2">
          <span
            aria-hidden="true"
            className={`mt-[0.55em] size-1.5 shrink-0 rounded-full ${caveat ? 'bg-amber-500' : 'bg-emerald-600'}`}
          />
          <span>{text}</span>
        </li>
      ))}
    </ul>
  );
}

export function WhyItWorks({
  items,
  fallback,
}: {
  items?: readonly ReasonItem[] | undefined;
  fallback?: readonly string[] | undefined;
}) {
  const { lang, t } = useI18n();
  const { reasons, caveats } = reasonTexts(items, fallback, lang, t);
  if (!reasons.length && !caveats.length) return null;
  const heading = `text-xs font-medium uppercase tracking-wide ${muted}`;
  return (
    <div className="space-y-3">
      {reasons.length ? (
        <section aria-label={t.outfits.why}>
          <p className={heading}>{t.outfits.why}</p>
          <List lines={reasons.slice(0, SHOWN)} />
          {reasons.length > SHOWN ? (
            <details className="mt-1 text-sm">
              <summary className={`cursor-pointer text-xs ${muted}`}>
                {t.outfits.moreReasons(reasons.length - SHOWN)}
              </summary>
              <List lines={reasons.slice(SHOWN)} />
            </details>
          ) : null}
        </section>
      ) : null}
      {caveats.length ? (
        <section aria-label={t.outfits.keepInMind}>
          <p className={heading}>{t.outfits.keepInMind}</p>
          <List lines={caveats} caveat />
        </section>
      ) : null}
    </div>
  );
}
