/**
 * The recommender's reasons as data: a code, its parameters and whether it speaks for the
 * outfit ('reason') or is a caveat to keep in mind. Clients word them in their own language
 * (the web's i18n); the API's Spanish `explicaciones` come from reasons-es.ts.
 */

export const REASON_CODES = [
  'rotacion.nuevas',
  'rotacion.repite',
  'color.choque',
  'color.estampado',
  'color.estampado_arriesgado',
  'color.neutros',
  'color.acento',
  'color.monocromo',
  'color.analogos',
  'color.complementarios',
  'color.contraste',
  'formalidad.coherente',
  'formalidad.mezcla',
  'ocasion.marcadas',
  'ocasion.adecuada',
  'ocasion.desajuste',
  'clima.abrigo',
  'clima.sin_abrigo',
  'clima.desajuste',
  'clima.calor',
  'clima.adecuado',
  'estilo.encaja',
  'estilo.se_aleja',
  'preferidos.incluye',
  'preferidos.ninguno',
  'confianza.dudosa',
  'superior.preferida',
  'superior.otra',
  'nota.capas',
  'nota.vestido',
  'nota.abrigo',
  'nota.sombrero_sol',
  'nota.sombrero_frio',
  'nota.sombrero',
  'nota.categoria',
  'temporada.adecuada',
  'temporada.fuera',
  'favorito.incluye',
  'material.abriga',
  'material.fresco',
  'material.calor',
  'material.frio',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type ReasonKind = 'reason' | 'caveat';

/**
 * Parameters a code may carry. Pieces are named by class and colour (`prenda`/`color`, and
 * `prenda2`/`color2` for a second one) so that every language can word them; lists are
 * comma-separated.
 */
export type ReasonParams = Record<string, string | number>;

/** Codes that speak against the outfit: shown apart, after the reasons. */
const CAVEATS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'rotacion.repite',
  'color.choque',
  'color.estampado_arriesgado',
  'formalidad.mezcla',
  'ocasion.desajuste',
  'clima.sin_abrigo',
  'clima.desajuste',
  'estilo.se_aleja',
  'preferidos.ninguno',
  'confianza.dudosa',
  'superior.otra',
  'temporada.fuera',
  'material.calor',
  'material.frio',
]);

export function reasonKind(code: ReasonCode): ReasonKind {
  return CAVEATS.has(code) ? 'caveat' : 'reason';
}
