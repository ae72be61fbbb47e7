/** English strings of the insights screen. */
const wears = (n: number) => `${n} ${n === 1 ? 'wear' : 'wears'}`;

export const insightsEn = {
  title: 'Insights',
  link: 'Insights',
  intro: 'What your wardrobe and your wear log say: what you reach for, what waits, what it costs.',
  back: 'Wardrobe',
  emptyTitle: 'Nothing to learn yet',
  emptyBody:
    'Add a few garments and log what you wear: this page then shows what you wear most, what waits in the wardrobe and what each wear costs.',
  emptyAction: 'Add garments',
  garments: 'Garments',
  totalWears: 'Wears logged',
  value: 'Wardrobe value',
  valuePriced: (priced: number, total: number) => `${priced} of ${total} garments have a price`,
  noPrices: 'Add prices on a garment’s page to see its value.',
  idle: (days: number) => `Not worn in ${days} days`,
  idleOf: (n: number, total: number) => `${n} of ${total} garments`,
  mostWorn: 'Most worn',
  mostWornNone: 'Nothing worn yet: log what you wear from the calendar or a saved outfit.',
  leastWorn: 'Least worn',
  wears,
  never: 'Never worn',
  lastWorn: (date: string) => `last ${date}`,
  idleList: (days: number) => `Waiting for ${days} days or more`,
  idleNone: (days: number) => `Every garment was worn in the last ${days} days.`,
  more: (n: number) => `+${n} more`,
  suggested: 'Suggested, not worn',
  suggestedHint:
    'Garments the outfit suggestions keep showing you that you have not worn since they were first suggested.',
  suggestedNever: (n: number, first: string) =>
    `Suggested ${n === 1 ? 'once' : `${n} times`} since ${first}, never worn`,
  suggestedSince: (n: number, first: string, worn: string) =>
    `Suggested ${n === 1 ? 'once' : `${n} times`} since ${first}, last worn ${worn}`,
  suggestedNone: 'Everything the suggestions showed you has been worn since.',
  costPerWear: 'Cost per wear',
  costPerWearHint: 'The price over the times worn (the whole price until it is worn).',
  costLine: (price: string, n: number) => `${price} · ${wears(n)}`,
  perWear: 'per wear',
  perMonth: 'Wears per month',
  perMonthSummary: (wears: number, months: number) =>
    `${wears} ${wears === 1 ? 'wear' : 'wears'} in the last ${months} months, month by month`,
  byColor: 'By colour',
  byTipo: 'By type',
  unknownGarment: 'A garment',
};
