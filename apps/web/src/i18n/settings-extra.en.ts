/** English strings of the settings' stylist and currency section (issue #14). */
export const settingsExtraEn = {
  settingsExtra: {
    title: 'Stylist and prices',
    styleLabel: 'Your style, in your words',
    styleHint:
      'The stylist reads this before it answers: what you like to wear, what you avoid, what you dress for.',
    stylePlaceholder: 'e.g. Relaxed tailoring, earth tones, no heels; I cycle to work.',
    styleCount: (n: number, max: number) => `${n} / ${max}`,
    currencyLabel: 'Currency of new prices',
    currencyHint: 'A price you add without a currency is kept in this one.',
  },
};
