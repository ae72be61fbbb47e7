import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@fashion/core';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { ApiError } from '../src/api/client.ts';
import { friendlyError } from '../src/lib/errors.ts';

describe('error codes', () => {
  it('every API error code has one English and one Spanish sentence', () => {
    for (const code of ERROR_CODES) {
      const e = (en.errors.codes as Record<string, string | undefined>)[code];
      const s = (es.errors.codes as Record<string, string | undefined>)[code];
      expect(e, `EN ${code}`).toMatch(/^[A-Z].*[.…]$/);
      expect(s, `ES ${code}`).toMatch(/^[A-ZÁÉÍÓÚ¿¡].*[.…]$/);
      expect(s, `ES ${code} is not translated`).not.toBe(e);
    }
    expect(Object.keys(en.errors.codes).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(es.errors.codes).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('a coded error reads in the UI language, without the server’s English words', () => {
    const err = new ApiError(400, 'imagen: the file is empty', {
      error: 'imagen: the file is empty',
      code: 'image_empty',
    });
    expect(friendlyError(err, es)).toEqual({ message: 'Ese archivo está vacío. Elige otra foto.' });
    expect(friendlyError(err, en)).toEqual({
      message: 'That file is empty. Choose another photo.',
    });
  });

  it('an error without a (known) code falls back to a generic sentence', () => {
    const odd = new ApiError(400, 'VipsJpeg: premature end of JPEG image', {
      error: 'VipsJpeg: premature end of JPEG image',
      code: 'no_such_code',
    });
    // Spanish: no English server words at all; English keeps them as a detail.
    expect(friendlyError(odd, es)).toEqual({ message: es.errors.codes.bad_request });
    expect(friendlyError(odd, en).detail).toBe('VipsJpeg: premature end of JPEG image');
    expect(friendlyError(new ApiError(418, 'HTTP 418', null), es)).toEqual({
      message: es.errors.title,
    });
  });
});
