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

/** A configuration that cannot start: each problem names its variable. */
export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    title = 'invalid configuration',
  ) {
    super(`${title}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates an environment (process.env, or a Worker's vars) against `schema`. An empty variable
 * means "not set" (as in `AUTH0_DOMAIN= npm start`); non-string values (Worker bindings) are left
 * to the caller. Returns the parsed value, or one problem per bad variable.
 */
export function readEnv<S extends z.ZodType>(
  schema: S,
  env: Readonly<Record<string, unknown>>,
): { ok: true; value: z.output<S> } | { ok: false; problems: string[] } {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
  };
}

/** readEnv that throws ConfigError. */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Readonly<Record<string, unknown>>,
): z.output<S> {
  const r = readEnv(schema, env);
  if (!r.ok) throw new ConfigError(r.problems);
  return r.value;
}
