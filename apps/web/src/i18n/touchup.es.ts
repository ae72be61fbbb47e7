/** Textos en español del retoque del recorte (#18). */
import type { touchupEn } from './touchup.en.ts';

export const touchupEs: typeof touchupEn = {
  open: 'Retocar el recorte',
  title: 'Retocar el recorte',
  hint: 'Pinta sobre la imagen: Conservar recupera partes de la foto, Borrar las quita. Lo atenuado queda fuera.',
  keep: 'Conservar',
  erase: 'Borrar',
  brush: 'Pincel',
  size: 'Tamaño del pincel',
  undo: 'Deshacer',
  reset: 'Restablecer',
  save: 'Guardar recorte',
  saving: 'Guardando…',
  cancel: 'Cancelar',
  saved: 'Recorte guardado',
  canvasLabel: 'El recorte: pinta con el ratón, el dedo o el lápiz',
  loading: 'Cargando el recorte…',
  loadFailed: 'No se pudo cargar el recorte para editarlo.',
  saveFailed: 'No se pudo guardar el recorte; tus trazos se conservan, inténtalo de nuevo.',
  strokes: (n: number) => (n === 1 ? '1 trazo' : `${n} trazos`),
};
