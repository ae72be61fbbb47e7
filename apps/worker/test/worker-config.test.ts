/** The Worker entry's configuration handling, with altered bindings. */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../src/index.ts';
import type { WorkerEnv } from '../src/env.ts';

async function fetchWith(vars: Partial<WorkerEnv>, path: string, init?: RequestInit) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`https://api.example${path}`, init) as Request<
      unknown,
      IncomingRequestCfProperties
    >,
    { ...env, ...vars } as WorkerEnv,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

describe('Worker configuration', () => {
  it('answers 500 JSON naming the missing variable of a partial Auth0 setup', async () => {
    const res = await fetchWith({ AUTH0_DOMAIN: 'tenant.eu.auth0.com' }, '/api/health');
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toMatch(/AUTH0_AUDIENCE/);
  });

  it('names a malformed URL variable', async () => {
    const res = await fetchWith({ ML_SERVICE_URL: 'not a url' }, '/api/health');
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toMatch(/ML_SERVICE_URL/);
  });

  it('requires a bearer token once Auth0 is configured', async () => {
    const vars = { AUTH0_DOMAIN: 'tenant.eu.auth0.com', AUTH0_AUDIENCE: 'https://fashion-api' };
    const res = await fetchWith(vars, '/api/prendas');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: expect.stringMatching(/bearer token/),
      code: 'unauthorized',
    });
    const health = await fetchWith(vars, '/api/health');
    expect(await health.json()).toMatchObject({ auth: 'auth0' });
  });

  it('answers CORS preflights for the configured web origin', async () => {
    const res = await fetchWith({ CORS_ORIGINS: 'https://fashion-ai.pages.dev' }, '/api/prendas', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://fashion-ai.pages.dev',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://fashion-ai.pages.dev');
  });

  it('links images to the public bucket URL when R2_PUBLIC_URL is set', async () => {
    const form = new FormData();
    const bytes = Uint8Array.from(atob(env.FIXTURES['shoes-1.jpg']!), (c) => c.charCodeAt(0));
    form.set('imagen', new Blob([bytes], { type: 'image/jpeg' }), 'p.jpg');
    form.set('clase_nombre', 'Shoes');
    form.set('color', 'blanco');
    const vars = { R2_PUBLIC_URL: 'https://pub-abc.r2.dev/' };
    const res = await fetchWith(vars, '/api/prendas/upload', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const g = (await res.json()) as { _id: string; imagen_url: string };
    expect(g.imagen_url).toMatch(/^https:\/\/pub-abc\.r2\.dev\/fashion_ai\/[0-9a-f]{32}\.jpg$/);
    await fetchWith(vars, `/api/prendas/${g._id}`, { method: 'DELETE' });
  });
});
