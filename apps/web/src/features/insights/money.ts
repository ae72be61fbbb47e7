/** Amounts in the person's currency (their `moneda` preference), as their language writes them. */
import type { Lang } from '../../i18n/i18n.tsx';

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-ES' };

export function formatMoney(amount: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency }).format(amount);
  } catch {
    // A code Intl does not know still shows, after the number.
    return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** "Dec 2026" / "dic 2026" for a `YYYY-MM` month key (UTC, as the API counts them). */
export function formatMonth(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
