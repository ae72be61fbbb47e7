/** Translated option lists for the wire vocabulary (DESIGN §4). */
import { CLASS_NAMES, COLOR_NAMES, ESTILOS, OCASIONES, TIPOS } from '@fashion/core';
import type { ClassName, ColorName, Garment } from '@fashion/core';
import type { Dict } from '../i18n/en.ts';

export const classOptions = (t: Dict) =>
  CLASS_NAMES.map((v) => ({ value: v, label: t.classes[v] }));
export const tipoOptions = (t: Dict) => TIPOS.map((v) => ({ value: v, label: t.tipos[v] }));
export const colorOptions = (t: Dict) => COLOR_NAMES.map((v) => ({ value: v, label: t.colors[v] }));
export const ocasionOptions = (t: Dict) =>
  OCASIONES.map((v) => ({ value: v, label: t.ocasiones[v] }));
export const estiloOptions = (t: Dict) => ESTILOS.map((v) => ({ value: v, label: t.estilos[v] }));

/** "T-shirt · Black": order-neutral, so no grammar per language is needed. */
export function garmentName(g: { clase_nombre: ClassName; color: ColorName }, t: Dict): string {
  return `${t.classes[g.clase_nombre]} · ${t.colors[g.color]}`;
}

export function describeGarment(g: Garment, t: Dict): string {
  return garmentName(g, t);
}
