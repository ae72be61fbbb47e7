/** Una frase en español por cada `code` de error de la API (ERROR_CODES de packages/core). */
import type { ErrorCode } from '@fashion/core';

export const errorCodesEs: Record<ErrorCode, string> = {
  bad_request: 'Algo en esa petición no era correcto. Revisa los campos y vuelve a intentarlo.',
  unknown_field:
    'La aplicación envió un campo que el servidor no conoce. Recarga la página y vuelve a intentarlo.',
  body_too_large: 'Es demasiado para enviarlo de una vez. Prueba con una foto más pequeña.',
  body_too_deep: 'El servidor no pudo leer esa petición. Recarga la página y vuelve a intentarlo.',
  unsupported_media_type: 'El servidor no puede leer ese tipo de datos.',
  image_empty: 'Ese archivo está vacío. Elige otra foto.',
  image_invalid: 'Esa foto parece dañada o incompleta. Prueba con otra copia.',
  image_unsupported:
    'Ese archivo no es un formato de foto que podamos leer (JPEG, PNG, WebP, HEIC…).',
  image_too_large: 'Esa foto es demasiado grande. Prueba con una más pequeña.',
  image_too_small: 'Esa foto es demasiado pequeña para reconocer nada. Prueba con una más grande.',
  not_a_garment: 'No vemos ninguna prenda en esa foto.',
  unauthorized: 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
  not_found: 'No lo encontramos. Puede que se haya borrado.',
  method_not_allowed: 'El servidor no ofrece esa acción.',
  conflict: 'Eso ya se envió con otros datos. Recarga la página y vuelve a intentarlo.',
  idempotency_in_flight: 'Eso todavía se está guardando. Espera un momento.',
  rate_limited: 'Ha sido mucho de golpe. Espera un momento y vuelve a intentarlo.',
  busy: 'El servidor está ocupado ahora. Vuelve a intentarlo en un momento.',
  classifier_unavailable: 'El reconocimiento automático no está disponible ahora.',
  date_in_future: 'Ese día aún no ha llegado: planifícalo en lugar de registrarlo.',
  storage_full: 'El servidor no tiene espacio: no se ha guardado nada.',
  storage_unavailable:
    'El servidor no puede guardar nada ahora: no se ha guardado nada. Inténtalo más tarde.',
  upstream_error: 'Un servicio del que depende el servidor respondió mal. Inténtalo en un momento.',
  forecast_unavailable:
    'El pronóstico del tiempo no está disponible ahora. Introduce la temperatura y la lluvia a mano.',
  trip_too_long: 'Ese viaje es demasiado largo para planificarlo: 31 días como máximo.',
  trip_not_planned: 'Planifica el viaje primero.',
  not_in_trip: 'Esa prenda no está en el plan de este viaje. Recarga la página.',
  no_alternative: 'Tu armario no tiene otra cosa para ese día. Añade prendas o quédate con esta.',
  upstream_timeout:
    'Un servicio del que depende el servidor tardó demasiado. Inténtalo en un momento.',
  not_implemented: 'Este servidor aún no ofrece eso.',
  internal: 'El servidor tuvo un problema. Vuelve a intentarlo en un momento.',
};
