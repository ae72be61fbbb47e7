/**
 * Authenticator for Auth0 access tokens: RS256 JWTs signed by a key from the tenant's JWKS,
 * with the configured issuer and audience, not expired. Anything else (no token, another
 * algorithm including `none` and HS256, an unknown key, a bad signature) is an AuthError.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AuthError, type Authenticator, type Principal } from '@fashion/api';

/** Auth0 subjects are short (`auth0|<id>`, `google-oauth2|<id>`); anything longer is not one. */
const MAX_SUB_LENGTH = 256;

export interface Auth0Options {
  /** Tenant domain, e.g. `my-tenant.eu.auth0.com` (a full https URL is accepted too). */
  domain: string;
  /** API identifier the tokens are issued for. */
  audience: string;
  /** Defaults to `https://<domain>/`. */
  issuer?: string;
  /** Defaults to `<issuer>.well-known/jwks.json`. */
  jwksUri?: string;
  /** Tolerated clock skew in seconds (default 30). */
  clockToleranceSeconds?: number;
}

function domainUrl(domain: string): string {
  const withScheme = /^https?:\/\//.test(domain) ? domain : `https://${domain}`;
  return withScheme.replace(/\/*$/, '/');
}

function reason(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'token expired';
  if (err instanceof errors.JWTClaimValidationFailed) return `token ${err.claim} claim is invalid`;
  if (err instanceof errors.JOSEAlgNotAllowed) return 'token algorithm not allowed';
  if (err instanceof errors.JWKSNoMatchingKey) return 'token signed by an unknown key';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid) {
    return 'signing keys are unavailable';
  }
  return 'token is invalid';
}

export function createAuth0Authenticator(options: Auth0Options): Authenticator {
  const issuer = options.issuer ?? domainUrl(options.domain);
  const jwksUri = options.jwksUri ?? new URL('.well-known/jwks.json', domainUrl(issuer)).href;
  // Fetched on first use, cached, refetched (rate-limited by jose) when an unknown kid appears.
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(jwksUri));

  return {
    required: true,
    async authenticate(header: string | undefined): Promise<Principal> {
      const match = header ? /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header) : null;
      if (!match?.[1]) throw new AuthError('missing bearer token');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(match[1], keys, {
          algorithms: ['RS256'],
          issuer,
          audience: options.audience,
          clockTolerance: options.clockToleranceSeconds ?? 30,
          requiredClaims: ['sub', 'exp'],
        }));
      } catch (err) {
        throw new AuthError(reason(err));
      }
      // The user id keys every record: a number, array, object or "" must not become one.
      const sub: unknown = payload.sub;
      if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUB_LENGTH) {
        throw new AuthError('invalid token: sub must be a non-empty string');
      }
      const principal: Principal = { userId: sub };
      if (typeof payload.email === 'string') principal.email = payload.email;
      if (typeof payload.name === 'string') principal.name = payload.name;
      return principal;
    },
  };
}
