/**
 * Pieces of environment validation shared by the entries (API server, ML service): the same
 * variable must mean the same thing, and fail with the same message, everywhere.
 */
import { z } from 'zod';

/** An integer environment variable within bounds. */
export const envInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `CORS_ORIGINS`: a comma list of origins, or `*`. Empty: no cross-origin callers. */
export const CorsOriginsSchema = z
  .string()
  .default('')
  .transform((s, ctx) => {
    if (s.trim() === '*') return '*' as const;
    const origins = s
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean);
    for (const o of origins) {
      if (!/^https?:\/\/[^/\s]+$/.test(o)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${o}" is not an origin like https://app.example.com`,
        });
      }
    }
    return origins;
  });
