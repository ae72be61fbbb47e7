import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, type Authenticator } from '@fashion/api';
import { createAuth0Authenticator } from '../src/auth0/index.ts';
import { startTestTenant, type TestTenant } from './helpers/jwks-server.ts';

describe('Auth0 authenticator against a JWKS on 127.0.0.1', () => {
  let tenant: TestTenant;
  let auth: Authenticator;

  beforeAll(async () => {
    tenant = await startTestTenant();
    auth = createAuth0Authenticator({
      domain: '127.0.0.1',
      audience: tenant.audience,
      issuer: tenant.issuer,
      jwksUri: tenant.jwksUri,
    });
  });
  afterAll(() => tenant.close());

  const rejects = async (header: string | undefined, reason: RegExp) => {
    const err = await auth.authenticate(header).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AuthError);
    expect((err as Error).message).toMatch(reason);
  };

  it('accepts a valid RS256 token and takes the user from sub', async () => {
    const token = await tenant.token('auth0|alice', {
      claims: { email: 'alice@example.com', name: 'Alice' },
    });
    expect(auth.required).toBe(true);
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual({
      userId: 'auth0|alice',
      email: 'alice@example.com',
      name: 'Alice',
    });
    // The JWKS is cached between requests.
    await auth.authenticate(`Bearer ${token}`);
    expect(tenant.jwksFetches()).toBe(1);
  });

  it('rejects missing and malformed headers', async () => {
    await rejects(undefined, /missing bearer token/);
    await rejects('Basic dXNlcjpwYXNz', /missing bearer token/);
    await rejects('Bearer not.a.jwt', /invalid/);
  });

  it('requires sub to be a non-empty string (not a number, array, object or "")', async () => {
    for (const sub of [42, ['auth0|alice'], { id: 'auth0|alice' }, '', 'x'.repeat(300)]) {
      const token = await tenant.token('ignored', { claims: { sub } as never });
      await rejects(`Bearer ${token}`, /sub/);
    }
  });

  it('rejects expired tokens, wrong audience and wrong issuer', async () => {
    await rejects(`Bearer ${await tenant.token('u', { expiresIn: -120 })}`, /expired/);
    await rejects(`Bearer ${await tenant.token('u', { audience: 'https://other.api' })}`, /aud/);
    await rejects(`Bearer ${await tenant.token('u', { issuer: 'https://evil.example/' })}`, /iss/);
  });

  it('rejects tokens signed by an unknown key, alg none and HS256', async () => {
    await rejects(`Bearer ${await tenant.foreignToken('u')}`, /signature/);
    await rejects(`Bearer ${await tenant.foreignToken('u', 'unknown-kid')}`, /unknown key/);
    await rejects(`Bearer ${tenant.noneToken('u')}`, /algorithm|invalid/);
    await rejects(`Bearer ${await tenant.hs256Token('u')}`, /algorithm/);
  });

  it('derives issuer and JWKS URL from the domain by default', async () => {
    // Issuer https://<domain>/ does not match this tenant's http issuer: the claim check fails.
    const byDomain = createAuth0Authenticator({
      domain: tenant.issuer.replace(/^http:\/\//, '').replace(/\/$/, ''),
      audience: tenant.audience,
      jwksUri: tenant.jwksUri,
    });
    const err = await byDomain
      .authenticate(`Bearer ${await tenant.token('u')}`)
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/iss/);
  });
});
