/** Textos del pronóstico en la pantalla de conjuntos (español). */
import type { cityEn, weatherEn } from './weather.en.ts';

export const weatherEs: typeof weatherEn = {
  useForecast: 'Usar el pronóstico',
  useMyLocation: 'Usar mi ubicación',
  savedCity: (name: string) => `Pronóstico para ${name}`,
  hereNow: 'Pronóstico para tu ubicación',
  loading: 'Consultando el pronóstico…',
  filled: (deg: number, rain: boolean) =>
    `Pronóstico: ${deg} °C${rain ? ', probable lluvia' : ', sin lluvia'}. Puedes cambiarlo.`,
  climate: 'Tiempo típico de esta fecha (años anteriores)',
  unavailable: 'El pronóstico no está disponible ahora: indica la temperatura y la lluvia a mano.',
  noLocation:
    'Sin ubicación: permítela en el navegador o guarda una ciudad en Ajustes, o indica el tiempo a mano.',
};

/** La sección de ciudad de Ajustes (español). */
export const cityEs: typeof cityEn = {
  title: 'Tu ciudad',
  hint: 'La pantalla de conjuntos toma el tiempo del pronóstico de esta ciudad.',
  search: 'Buscar una ciudad',
  searchButton: 'Buscar',
  none: 'Aún no has guardado ninguna ciudad.',
  current: (name: string) => `Guardada: ${name}`,
  noMatch: 'No hay ninguna ciudad con ese nombre.',
  choose: (name: string) => `Elegir ${name}`,
  saved: 'Ciudad guardada',
};
