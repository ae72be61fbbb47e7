/** Hand-made garments for the recommender tests. */
import type { Calidez, ClassName, ColorName, Garment, Ocasion } from '../src/index.ts';
import { COLOR_HEX, tipoOf } from '../src/index.ts';

let next = 1;
export interface GarmentSpec {
  color?: ColorName;
  hex?: string;
  ocasion?: Ocasion[];
  confianza?: number;
  confirmado?: boolean;
  id?: string;
  /** The person's warmth; absent: the class suggests one. */
  calidez?: Calidez;
}

export function garment(clase: ClassName, spec: GarmentSpec = {}): Garment {
  const color = spec.color ?? 'negro';
  const hex = spec.hex ?? (color === 'multicolor' ? undefined : COLOR_HEX[color]);
  return {
    _id: spec.id ?? (next++).toString(16).padStart(24, '0'),
    userId: 'u1',
    imagen_url: '/img.jpg',
    tipo: tipoOf(clase),
    clase_nombre: clase,
    color,
    ...(hex ? { color_hex: hex } : {}),
    confianza: spec.confianza ?? 0.95,
    confirmado: spec.confirmado ?? true,
    ocasion: spec.ocasion ?? [],
    fecha_agregada: '2024-01-01T00:00:00.000Z',
    ...(spec.calidez ? { calidez: spec.calidez } : {}),
  } as Garment;
}
