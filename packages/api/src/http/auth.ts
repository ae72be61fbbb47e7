/** Authentication: resolves the caller once per request and makes its userId available. */
import type { MiddlewareHandler } from 'hono';
import type { AppCtx, AppEnv } from '../deps.ts';
import { ANONYMOUS_USER_ID, type Authenticator, type Principal } from '../ports/auth.ts';

const ANONYMOUS: Principal = Object.freeze({ userId: ANONYMOUS_USER_ID });

/** Without Auth0 everyone is the one anonymous user of the embedded app. */
export const anonymousAuthenticator: Authenticator = {
  required: false,
  async authenticate() {
    return ANONYMOUS;
  },
};

export function authenticate(authenticator: Authenticator): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', await authenticator.authenticate(c.req.header('authorization')));
    await next();
  };
}

/** The caller's userId on an authenticated route. */
export function userIdOf(c: AppCtx): string {
  const principal = c.get('principal');
  if (!principal) throw new Error('route is missing the auth middleware');
  return principal.userId;
}
