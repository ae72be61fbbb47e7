/** Textos en español de la selección, la edición en lote y los filtros del armario. */
import type { wardrobeBatchEn } from './wardrobe-batch.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const wardrobeBatchEs: typeof wardrobeBatchEn = {
  batch: {
    select: 'Seleccionar',
    done: 'Listo',
    selected: (n: number) => `${n} ${n === 1 ? 'seleccionada' : 'seleccionadas'}`,
    selectAll: (n: number) => `Seleccionar todas las visibles (${n})`,
    clearSelection: 'Quitar la selección',
    selectHint: 'Toca las prendas para seleccionarlas; mayúsculas + clic selecciona un rango.',
    actions: 'Cambiar las prendas seleccionadas',
    apply: (n: number) => `Aplicar a ${plural(n, 'prenda', 'prendas')}`,
    cancel: 'Cancelar',
    archive: 'Archivar',
    restore: 'Restaurar',
    archiveReason: 'Por qué sale',
    delete: 'Eliminar',
    deleteTitle: (n: number) => `¿Eliminar ${plural(n, 'prenda', 'prendas')}?`,
    deleteBody:
      'Se borrarán sus fotos, y también los conjuntos guardados que las usan. No se puede deshacer.',
    applied: (n: number) => `${plural(n, 'prenda actualizada', 'prendas actualizadas')}.`,
    deleted: (n: number) => `${plural(n, 'prenda eliminada', 'prendas eliminadas')}.`,
    failed: 'No se cambió nada: el servidor lo rechazó. Tus prendas siguen como estaban.',
    favourite: 'Favorita',
    unfavourite: 'No favorita',
    markLaundry: 'Marcar para lavar',
    markClean: 'Marcar limpia',
    selectGarment: (name: string) => `Seleccionar ${name}`,
  },
  wardrobeFilters: {
    offline: (n: number) =>
      `Sin conexión: ${plural(n, 'coincidencia', 'coincidencias')} entre las prendas guardadas en este dispositivo, no en todo el armario. La respuesta completa llegará al volver la conexión.`,
  },
  facts: {
    favourites: 'Favoritas',
    laundry: 'Para lavar',
    archived: 'Archivadas',
    seasons: 'Temporadas',
  },
};
