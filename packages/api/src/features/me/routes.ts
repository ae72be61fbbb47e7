/** /api/me: who is calling, and their outfit preferences and profile. */
import { createRoute } from '@hono/zod-openapi';
import { MeSchema, PreferencesUpdateSchema, ProfileSchema } from '@fashion/core';
import type { AppContext } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { limitBody } from '../../http/body.ts';
import {
  bearer,
  errorResponses,
  featureRouter,
  jsonBody,
  jsonContent,
} from '../../http/openapi.ts';
import { meService } from './service.ts';

const me = createRoute({
  method: 'get',
  path: '/api/me',
  summary: 'The caller (token subject, or the anonymous user) and their profile',
  security: bearer,
  responses: { 200: jsonContent(MeSchema, 'The caller'), ...errorResponses(401) },
});

const getPreferences = createRoute({
  method: 'get',
  path: '/api/me/preferences',
  summary: 'Preferences and profile (defaults when never saved)',
  security: bearer,
  responses: { 200: jsonContent(ProfileSchema, 'Preferences'), ...errorResponses(401) },
});

const putPreferences = createRoute({
  method: 'put',
  path: '/api/me/preferences',
  summary: 'Update any subset of preferences and profile fields',
  security: bearer,
  middleware: [limitBody(64 * 1024)] as const,
  request: { body: jsonBody(PreferencesUpdateSchema) },
  responses: {
    200: jsonContent(ProfileSchema, 'The saved preferences'),
    ...errorResponses(400, 401),
  },
});

export function meRoutes(ctx: AppContext) {
  const service = meService(ctx);
  return featureRouter()
    .openapi(me, async (c) => c.json(await service.me(c.get('principal')), 200))
    .openapi(getPreferences, async (c) => c.json(await service.preferences(userIdOf(c)), 200))
    .openapi(putPreferences, async (c) =>
      c.json(await service.update(userIdOf(c), c.req.valid('json')), 200),
    );
}
