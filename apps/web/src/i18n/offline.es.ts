/** Textos en español del estado sin conexión (la PWA, #17). */
import type { offlineEn } from './offline.en.ts';

export const offlineEs: typeof offlineEn = {
  title: 'Sin conexión',
  body: 'Ves lo último sincronizado. Los cambios que hagas se guardan en este dispositivo y se envían al volver la conexión; algunas acciones necesitan conexión.',
  waiting: (n: number) =>
    n === 1 ? '1 cambio pendiente de enviar' : `${n} cambios pendientes de enviar`,
  sent: 'De nuevo en línea: tus cambios se han enviado.',
  pendingItem: 'Pendiente de enviar',
  needsNetwork: 'Esto necesita conexión. Inténtalo de nuevo cuando vuelvas a estar en línea.',
};
