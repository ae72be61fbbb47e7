/** La pantalla del estilista: chat con el estilista y el espejo «evalúa mi conjunto». */
import type { stylistEn } from './stylist.en.ts';

export const stylistEs: typeof stylistEn = {
  nav: 'Estilista',
  title: 'Estilista',
  intro: 'Pide un conjunto de tu armario, o deja que el espejo evalúe lo que llevas puesto.',
  tabs: { chat: 'Chat', mirror: 'Espejo' },
  chat: {
    label: 'Tu mensaje',
    placeholder: '¿Qué me pongo mañana para el trabajo? Hará frío.',
    send: 'Enviar',
    you: 'Tú',
    stylist: 'Estilista',
    thinking: 'El estilista está pensando…',
    empty: 'Pregunta por una ocasión, el tiempo, un color… o pide «algo diferente».',
    suggestions: [
      '¿Qué me pongo mañana para el trabajo? Hará frío.',
      'Algo para una fiesta, en azul',
      'Muéstrame algo diferente',
    ],
    outfitTitle: 'La propuesta del estilista',
    save: 'Guardar outfit',
    saved: 'Guardado',
    savedToast: 'Outfit guardado.',
  },
  mirror: {
    title: 'Evalúa mi conjunto',
    hint: 'Haz una foto de tu conjunto (o elige una) y el espejo te dice qué ve y qué combina con ello.',
    take: 'Hacer o elegir una foto',
    notes: 'Ocasión o notas (opcional)',
    notesPlaceholder: 'p. ej. una reunión de trabajo, 16 °C',
    evaluate: 'Evaluar',
    evaluating: 'Mirando tu conjunto…',
    preview: 'Tu foto',
    sees: 'Lo que ve el espejo',
    sure: (pct: number) => `${pct} % de seguridad`,
    score: 'Puntuación',
    feedback: 'La opinión del espejo',
    suggestions: 'Sugerencias',
    noSuggestions:
      'Aún no hay sugerencias: añade más prendas para que el espejo pueda completar un conjunto.',
    prompt: '¿Qué tal mi conjunto?',
  },
};
