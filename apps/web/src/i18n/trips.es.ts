/** Textos en español de la pantalla de viajes (plan, lista de equipaje) y las explicaciones. */
import type { Activity, TripReason } from '@fashion/core';
import type { tripsEn } from './trips.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const tripsEs: typeof tripsEn = {
  link: 'Viajes',
  title: 'Viajes',
  intro:
    'Haz la maleta con tu propio armario: un conjunto por día según el pronóstico, con las menos prendas posibles.',
  back: 'Todos los viajes',
  none: 'Aún no hay viajes.',
  newTrip: 'Nuevo viaje',
  destination: 'Destino',
  searchCity: 'Busca una ciudad',
  search: 'Buscar',
  noMatch: 'Ningún lugar con ese nombre.',
  choose: (where: string) => `Viajar a ${where}`,
  chosen: (name: string) => `Destino: ${name}`,
  from: 'Desde',
  to: 'Hasta',
  laundry: 'Podré lavar ropa allí',
  activitiesOf: (day: string) => `Planes del ${day}`,
  create: 'Crear viaje',
  created: 'Viaje creado.',
  needCity: 'Elige antes un destino.',
  activities: {
    work: 'Trabajo',
    evening: 'Salir de noche',
    sport: 'Deporte',
    casual: 'Informal',
  } satisfies Record<Activity, string>,
  dates: (from: string, to: string) => `${from} – ${to}`,
  days: (n: number) => plural(n, 'día', 'días'),
  plan: 'Planificar conjuntos',
  replan: 'Planificar de nuevo',
  planning: 'Planificando…',
  notPlanned: 'Aún sin planificar: el plan usa el pronóstico de cada día.',
  manualTitle: 'Ahora no hay pronóstico. Indica el tiempo a mano:',
  manualTemp: 'Temperatura (°C)',
  manualRain: 'Se espera lluvia',
  manualPlan: 'Planificar con este tiempo',
  suitcase: (n: number, greedy: number) =>
    `${plural(n, 'prenda', 'prendas')} en la maleta (el mejor conjunto de cada día llevaría ${greedy}).`,
  source: { forecast: 'pronóstico', climate: 'clima habitual', manual: 'a mano' },
  weather: (temp: number, rain: boolean) => `${temp} °C${rain ? ', lluvia' : ''}`,
  uncovered: (what: string) => `Nada en tu armario para: ${what}`,
  swap: (piece: string) => `Cambiar ${piece}`,
  swapped: 'Cambiado. El resto del viaje sigue igual.',
  packing: 'Lista de equipaje',
  packed: (n: number, total: number) => `${n} de ${total} en la maleta`,
  delete: 'Borrar viaje',
  deleteConfirm: '¿Borrar este viaje y su lista de equipaje?',
  deleted: 'Viaje borrado.',
  reasons: {
    trip_best: () => 'El mejor conjunto para este día.',
    trip_reuse: (p) => `Repite ${plural(p.count ?? 0, 'prenda', 'prendas')} ya en la maleta.`,
    trip_gap: (p) =>
      p.points
        ? `${plural(p.points, 'punto', 'puntos')} por debajo del mejor del día, para una maleta más pequeña.`
        : 'Tan bueno como el mejor del día, con menos prendas nuevas.',
    trip_climate: () => 'Más allá del pronóstico: vestido para el tiempo habitual de estas fechas.',
    trip_swap: () => 'Elegido de nuevo tras cambiar una prenda.',
  } satisfies Record<TripReason['code'], (p: Record<string, number>) => string>,
};
