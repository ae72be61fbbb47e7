/**
 * A stand-in Auth0 tenant for tests: a real HTTP server on 127.0.0.1 serving a JWKS with an
 * RS256 key generated here, and helpers to mint good and deliberately bad tokens.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload } from 'jose';

export interface TestTenant {
  /** Issuer URL (`http://127.0.0.1:port/`), also the domain passed to the authenticator. */
  issuer: string;
  jwksUri: string;
  audience: string;
  /** How many times the JWKS was fetched. */
  jwksFetches(): number;
  /** A valid RS256 access token for `sub`, with overridable claims/header. */
  token(sub: string, opts?: TokenOptions): Promise<string>;
  /** A token signed by a key the JWKS does not publish (same kid, or another one). */
  foreignToken(sub: string, kid?: string): Promise<string>;
  /** An unsigned `alg: none` token. */
  noneToken(sub: string): string;
  /** An HS256 token (symmetric: must never be accepted). */
  hs256Token(sub: string): Promise<string>;
  close(): Promise<void>;
}

export interface TokenOptions {
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  claims?: JWTPayload;
  kid?: string;
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startTestTenant(audience = 'https://api.fashion.test'): Promise<TestTenant> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const kid = 'test-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    if (req.url === '/.well-known/jwks.json') {
      fetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}/`;

  const sign = (sub: string, key: typeof privateKey, opts: TokenOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    // claims.sub, when given, wins (to forge subjects of other types than string).
    return new SignJWT({ sub, ...opts.claims })
      .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? kid, typ: 'JWT' })
      .setIssuer(opts.issuer ?? issuer)
      .setAudience(opts.audience ?? audience)
      .setIssuedAt(now - 60)
      .setExpirationTime(now + (opts.expiresIn ?? 3600))
      .sign(key);
  };

  return {
    issuer,
    jwksUri: `${issuer}.well-known/jwks.json`,
    audience,
    jwksFetches: () => fetches,
    token: (sub, opts) => sign(sub, privateKey, opts),
    foreignToken: (sub, otherKid) => sign(sub, other.privateKey, { kid: otherKid ?? kid }),
    noneToken: (sub) => {
      const now = Math.floor(Date.now() / 1000);
      const payload = { sub, iss: issuer, aud: audience, iat: now, exp: now + 3600 };
      return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.`;
    },
    hs256Token: (sub) => {
      const now = Math.floor(Date.now() / 1000);
      // Signed with the public key's text as the HMAC secret: the classic algorithm-confusion attack.
      const secret = new TextEncoder().encode(JSON.stringify(jwk));
      return new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', kid, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(secret);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
