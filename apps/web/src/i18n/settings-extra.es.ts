/** Textos en español de la sección de estilista y moneda de los ajustes (issue #14). */
import type { settingsExtraEn } from './settings-extra.en.ts';

export const settingsExtraEs: typeof settingsExtraEn = {
  settingsExtra: {
    title: 'Estilista y precios',
    styleLabel: 'Tu estilo, con tus palabras',
    styleHint:
      'El estilista lo lee antes de responder: qué te gusta llevar, qué evitas, para qué te vistes.',
    stylePlaceholder:
      'p. ej. Sastrería relajada, tonos tierra, sin tacones; voy en bici al trabajo.',
    styleCount: (n: number, max: number) => `${n} / ${max}`,
    currencyLabel: 'Moneda de los precios nuevos',
    currencyHint: 'Un precio que añadas sin moneda se guarda en esta.',
  },
};
