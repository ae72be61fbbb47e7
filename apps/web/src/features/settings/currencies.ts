/**
 * The currencies offered for new prices: ISO 4217 codes of the places the app's people mostly
 * live in (euro and dollar areas, Latin America, the UK and a few more). Names come from the
 * browser's Intl in the UI language, so no list of names is kept here.
 */
export const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'UYU',
  'BRL',
  'CAD',
  'AUD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'JPY',
  'CNY',
  'INR',
] as const;

/** The options for a saved currency: the common ones, plus the saved one if it is another. */
export function currencyOptions(saved: string | undefined): string[] {
  const list: string[] = [...COMMON_CURRENCIES];
  return saved && !list.includes(saved) ? [saved, ...list] : list;
}

/** "EUR — Euro" in the UI language; the bare code where Intl has no name for it. */
export function currencyLabel(code: string, lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}
