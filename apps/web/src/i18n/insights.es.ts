/** Textos en español de la pantalla de estadísticas. */
import type { insightsEn } from './insights.en.ts';

const usos = (n: number) => `${n} ${n === 1 ? 'uso' : 'usos'}`;

export const insightsEs: typeof insightsEn = {
  title: 'Estadísticas',
  link: 'Estadísticas',
  intro: 'Lo que dicen tu armario y tu registro de usos: qué eliges, qué espera, cuánto cuesta.',
  back: 'Armario',
  emptyTitle: 'Aún no hay nada que aprender',
  emptyBody:
    'Añade algunas prendas y registra lo que te pones: esta página mostrará lo que más usas, lo que espera en el armario y cuánto cuesta cada uso.',
  emptyAction: 'Añadir prendas',
  garments: 'Prendas',
  totalWears: 'Usos registrados',
  value: 'Valor del armario',
  valuePriced: (priced, total) => `${priced} de ${total} prendas tienen precio`,
  noPrices: 'Añade precios en la página de cada prenda para ver su valor.',
  idle: (days) => `Sin usar en ${days} días`,
  idleOf: (n, total) => `${n} de ${total} prendas`,
  mostWorn: 'Más usadas',
  mostWornNone:
    'Aún no has usado nada: registra lo que te pones desde el calendario o un conjunto guardado.',
  leastWorn: 'Menos usadas',
  wears: usos,
  never: 'Nunca usada',
  lastWorn: (date) => `última vez ${date}`,
  idleList: (days) => `Esperando ${days} días o más`,
  idleNone: (days) => `Todas las prendas se usaron en los últimos ${days} días.`,
  more: (n) => `+${n} más`,
  suggested: 'Sugeridas, sin usar',
  suggestedHint:
    'Prendas que las sugerencias de conjuntos te siguen mostrando y que no te has puesto desde que se sugirieron por primera vez.',
  suggestedNever: (n, first) =>
    `Sugerida ${n === 1 ? 'una vez' : `${n} veces`} desde el ${first}, nunca usada`,
  suggestedSince: (n, first, worn) =>
    `Sugerida ${n === 1 ? 'una vez' : `${n} veces`} desde el ${first}, última vez ${worn}`,
  suggestedNone: 'Todo lo que te mostraron las sugerencias se ha usado desde entonces.',
  costPerWear: 'Coste por uso',
  costPerWearHint: 'El precio entre las veces que se usó (el precio entero hasta que se usa).',
  costLine: (price, n) => `${price} · ${usos(n)}`,
  perWear: 'por uso',
  perMonth: 'Usos por mes',
  perMonthSummary: (wears: number, months: number) =>
    `${wears} ${wears === 1 ? 'uso' : 'usos'} en los últimos ${months} meses, mes a mes`,
  byColor: 'Por color',
  byTipo: 'Por tipo',
  unknownGarment: 'Una prenda',
};
