/** Textos en español de la exportación e importación en ajustes. */
import type { portabilityEn } from './portability.en.ts';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const portabilityEs: typeof portabilityEn = {
  title: 'Tus datos',
  intro:
    'Llévate tu armario: un archivo ZIP con tus prendas y sus fotos, conjuntos, registro de usos, planes, viajes, categorías y preferencias. Impórtalo aquí o en otro Fashion AI.',
  download: 'Descargar mi armario',
  downloading: 'Preparando el archivo…',
  downloaded: 'Tu armario se ha descargado',
  importLabel: 'Importar un armario',
  importHint:
    'Un archivo ZIP exportado desde Fashion AI, o la exportación de la base de datos del Fashion AI original. Lo que ya está aquí no se añade dos veces.',
  choose: 'Elegir un archivo ZIP',
  importing: 'Importando…',
  uploadProgress: 'Enviando el archivo',
  imported: 'Importación terminada',
  sections: {
    garments: (c) => n(c, 'prenda', 'prendas'),
    outfits: (c) => n(c, 'conjunto', 'conjuntos'),
    wears: (c) => n(c, 'uso', 'usos'),
    plans: (c) => n(c, 'plan', 'planes'),
    trips: (c) => n(c, 'viaje', 'viajes'),
    categories: (c) => n(c, 'categoría', 'categorías'),
    preferences: (c) => (c ? 'tus preferencias' : ''),
  },
  added: (list) => `Añadido: ${list}.`,
  nothingAdded: 'Nada nuevo: todo lo de este archivo ya estaba en tu armario.',
  duplicates: (c) =>
    c === 1
      ? '1 prenda ya estaba aquí (misma foto) y no se ha añadido otra vez.'
      : `${c} prendas ya estaban aquí (misma foto) y no se han añadido otra vez.`,
  skipped: (c) =>
    c === 1
      ? '1 prenda se ha quedado fuera: no se pudo descargar su foto.'
      : `${c} prendas se han quedado fuera: no se pudieron descargar sus fotos.`,
  notAnExport:
    'Este archivo no es una exportación de Fashion AI o está dañado. No se ha importado nada.',
  tooLarge: 'Este archivo es más grande de lo que acepta el servidor. No se ha importado nada.',
};
