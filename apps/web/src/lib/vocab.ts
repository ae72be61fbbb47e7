/** Translated option lists and names for the wire vocabulary (docs/architecture.md §4). */
import { ESTILOS, OCASIONES } from '@fashion/core';
import type { ClassName, ColorName } from '@fashion/core';
import type { Dict } from '../i18n/en.ts';

export const ocasionOptions = (t: Dict) =>
  OCASIONES.map((v) => ({ value: v, label: t.ocasiones[v] }));
export const estiloOptions = (t: Dict) => ESTILOS.map((v) => ({ value: v, label: t.estilos[v] }));

/** "T-shirt · Black": order-neutral, so no grammar per language is needed. */
export function garmentName(g: { clase_nombre: ClassName; color: ColorName }, t: Dict): string {
  return `${t.classes[g.clase_nombre]} · ${t.colors[g.color]}`;
}
