/**
 * Build-time configuration (Vite inlines `import.meta.env.VITE_*`). The only module that reads it.
 * Empty API base = same origin (the embedded server serves this app and the API together).
 */
export interface Auth0Config {
  domain: string;
  clientId: string;
  audience?: string;
  callbackUrl: string;
}

export interface AppConfig {
  apiBase: string;
  auth0: Auth0Config | null;
}

type Env = Partial<Record<string, string | boolean | undefined>>;

function str(env: Env, key: string): string {
  const v = env[key];
  return typeof v === 'string' ? v.trim() : '';
}

export function readConfig(env: Env): AppConfig {
  const apiBase = str(env, 'VITE_API_BASE_URL').replace(/\/+$/, '');
  const domain = str(env, 'VITE_AUTH0_DOMAIN');
  const clientId = str(env, 'VITE_AUTH0_CLIENT_ID');
  const audience = str(env, 'VITE_AUTH0_AUDIENCE');
  const callback = str(env, 'VITE_AUTH0_CALLBACK_URL');
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return {
    apiBase,
    auth0:
      domain && clientId
        ? {
            domain,
            clientId,
            ...(audience ? { audience } : {}),
            callbackUrl: callback || origin,
          }
        : null,
  };
}

export const config: AppConfig = readConfig(import.meta.env as Env);
