/** Textos en español de los recortes de prendas (#18). */
import type { cutoutEn } from './cutout.en.ts';

export const cutoutEs: typeof cutoutEn = {
  show: 'Mostrar el recorte',
  showHint: 'La prenda sobre un fondo liso. Desactivado: la foto original (se conserva tal cual).',
  pending: 'Preparando el recorte…',
  saved: 'Recorte visible',
  photoShown: 'Foto original visible',
};
