/**
 * Helpers for describing routes in the OpenAPI document with the same zod schemas that
 * validate them, and the Hono factory every feature uses (validation failures → 400 JSON).
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { ErrorSchema, IdSchema } from '@fashion/core';
import type { AppEnv } from '../deps.ts';
import { validationError } from './errors.ts';

/** A feature's router: validation errors are thrown to the app's error handler. */
export function featureRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

const ERROR_TEXT = {
  400: 'Invalid input (the message names the field)',
  401: 'Missing or invalid bearer token',
  404: 'Not found (or not yours)',
  409: 'Conflict (e.g. a name already taken)',
  413: 'Image or body too large',
  415: 'Wrong Content-Type',
  429: 'Rate limited (see Retry-After)',
  503: 'No classifier available (see Retry-After)',
} as const;
type ErrorCode = keyof typeof ERROR_TEXT;

/** Error responses of a route, all `{ error }` JSON. */
export function errorResponses<C extends ErrorCode>(...codes: C[]) {
  return Object.fromEntries(
    codes.map((code) => [code, jsonContent(ErrorSchema, ERROR_TEXT[code])]),
  ) as {
    [K in C]: ReturnType<typeof jsonContent<typeof ErrorSchema>>;
  };
}

export const IdParams = z.object({ id: IdSchema });

/** Marks a route as needing the bearer token (when Auth0 is configured). */
export const bearer = [{ bearerAuth: [] }];

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}
