/** Textos en español de la subida en lote (muchas fotos, una carpeta) y de la revisión. */
import type { bulkEn } from './bulk.en.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const bulkEs: typeof bulkEn = {
  bulk: {
    title: 'Subiendo tus fotos',
    chooseFolder: 'Elegir una carpeta',
    hint: 'Con muchas fotos a la vez, cada una se guarda al reconocerse; revísalas después en Revisar.',
    overall: (done: number, total: number) =>
      `${done} de ${plural(total, 'foto guardada', 'fotos guardadas')}`,
    overallProgress: 'Progreso total',
    failedCount: (n: number) => `${n} ${n === 1 ? 'fallida' : 'fallidas'}`,
    pause: 'Pausar',
    resume: 'Reanudar',
    paused:
      'En pausa. Las fotos ya enviadas se quedan; el resto espera aquí, aunque recargues la página.',
    retryFailed: 'Reintentar las fallidas',
    retry: 'Reintentar',
    clearFinished: 'Quitar las terminadas',
    review: 'Revisar lo añadido',
    failures: 'Sin guardar',
    state: { waiting: 'En espera', uploading: 'Enviando…', done: 'Guardada', failed: 'Fallida' },
    photoProgress: (name: string) => `Subida de ${name}`,
  },
  review: {
    title: 'Revisar',
    intro:
      'Lo añadido, primero lo menos seguro. Selecciona varias y fija su prenda o tipo, o confírmalas tal cual.',
    empty: 'Nada que revisar: todas las prendas están confirmadas.',
    confirmSelected: (n: number) => `Confirmar ${plural(n, 'prenda', 'prendas')}`,
    setClass: 'Fijar prenda',
    setType: 'Fijar tipo',
    confirmed: (n: number) => `${plural(n, 'prenda confirmada', 'prendas confirmadas')}.`,
    sure: (pct: string) => `${pct} de certeza`,
    unconfirmed: 'Sin confirmar',
    confirmedBadge: 'Confirmada',
    showConfirmed: 'Mostrar también las confirmadas',
  },
};
