/** Textos en español del collage de conjuntos y su imagen (#18). */
import type { collageEn } from './collage.en.ts';

export const collageEs: typeof collageEn = {
  label: (title: string) => `${title}, extendido en plano`,
  download: 'Descargar imagen',
  share: 'Compartir',
  preparing: 'Preparando la imagen…',
  downloaded: 'Imagen descargada',
  fileName: 'conjunto',
};
