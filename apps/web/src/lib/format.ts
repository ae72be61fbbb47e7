/** Numbers as the UI language writes them ("87,4 %" in Spanish, "87.4%" in English), via Intl. */
import type { Lang } from '../i18n/i18n.tsx';

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-ES' };

/** A fraction 0..1 as a percentage with `digits` decimals. */
export function percent(fraction: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** A byte count in whole megabytes (MiB, as the server counts them): "10 MB". */
export function megabytes(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}
