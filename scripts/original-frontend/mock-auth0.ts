/**
 * A stand-in Auth0 tenant for running the original frontend (github.com/Alvaromp3/fashion_ai,
 * `frontend/`) against this API without a real Auth0 account. It signs RS256 tokens with a key
 * made at start-up and implements just what @auth0/auth0-spa-js and our Auth0 authenticator use:
 *
 *   GET  /authorize              → 302 to redirect_uri?code&state (no login form: one fixed user)
 *   POST /oauth/token            → { access_token, id_token, … } (authorization_code + PKCE)
 *   GET  /.well-known/jwks.json  → the public key, for the API (AUTH0_JWKS_URI)
 *   GET  /v2/logout              → 302 to returnTo
 *
 * Run:  MOCK_AUTH0_PORT=8793 MOCK_AUTH0_AUDIENCE=https://fashion-ai.test/api \
 *         node_modules/.bin/tsx scripts/original-frontend/mock-auth0.ts
 * Build the original with VITE_AUTH0_DOMAIN=http://127.0.0.1:8793 (spa-js accepts an http URL)
 * and start the API with AUTH0_ISSUER=http://127.0.0.1:8793/ and
 * AUTH0_JWKS_URI=http://127.0.0.1:8793/.well-known/jwks.json (see run.sh). Test use only.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

const PORT = Number(process.env.MOCK_AUTH0_PORT ?? 8793);
const HOST = process.env.MOCK_AUTH0_HOST ?? '127.0.0.1';
const AUDIENCE = process.env.MOCK_AUTH0_AUDIENCE ?? 'https://fashion-ai.test/api';
const ISSUER = `http://${HOST}:${PORT}/`;
const USER = {
  sub: process.env.MOCK_AUTH0_SUB ?? 'auth0|original-frontend-e2e',
  name: 'Original Frontend E2E',
  email: 'e2e@example.test',
  email_verified: true,
};

const KID = 'mock-auth0-key';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' };

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

function jwt(claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KID }));
  const body = b64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${head}.${body}`), privateKey);
  return `${head}.${body}.${b64url(signature)}`;
}

interface Grant {
  clientId: string;
  nonce: string;
  challenge: string;
  audience: string;
  scope: string;
}
const grants = new Map<string, Grant>();

function cors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Auth0-Client, Authorization');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  cors(res);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    return JSON.parse(text) as Record<string, string>;
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function authorize(url: URL, res: ServerResponse): void {
  const q = url.searchParams;
  const redirectUri = q.get('redirect_uri');
  const state = q.get('state') ?? '';
  if (!redirectUri) return json(res, 400, { error: 'invalid_request', detail: 'redirect_uri' });
  const code = b64url(randomBytes(24));
  grants.set(code, {
    clientId: q.get('client_id') ?? '',
    nonce: q.get('nonce') ?? '',
    challenge: q.get('code_challenge') ?? '',
    audience: q.get('audience') ?? AUDIENCE,
    scope: q.get('scope') ?? 'openid profile email',
  });
  if (q.get('response_mode') === 'web_message') {
    // Silent authentication in an iframe (prompt=none): answer by postMessage, as Auth0 does.
    const origin = new URL(redirectUri).origin;
    const msg = { type: 'authorization_response', response: { code, state } };
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(
      `<script>parent.postMessage(${JSON.stringify(msg)}, ${JSON.stringify(origin)})</script>`,
    );
    return;
  }
  const target = new URL(redirectUri);
  target.searchParams.set('code', code);
  target.searchParams.set('state', state);
  res.writeHead(302, { Location: target.href });
  res.end();
}

async function token(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const grant = body.code ? grants.get(body.code) : undefined;
  if (body.grant_type !== 'authorization_code' || !grant) {
    return json(res, 403, { error: 'invalid_grant', error_description: 'unknown code' });
  }
  grants.delete(body.code!);
  const verifier = body.code_verifier ?? '';
  if (createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) {
    return json(res, 403, { error: 'invalid_grant', error_description: 'PKCE mismatch' });
  }
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = 86_400;
  const accessToken = jwt({
    iss: ISSUER,
    sub: USER.sub,
    aud: [grant.audience, `${ISSUER}userinfo`],
    azp: grant.clientId,
    iat: now,
    exp: now + expiresIn,
    scope: grant.scope,
  });
  const idToken = jwt({
    ...USER,
    iss: ISSUER,
    aud: grant.clientId,
    iat: now,
    exp: now + expiresIn,
    nonce: grant.nonce,
  });
  json(res, 200, {
    access_token: accessToken,
    id_token: idToken,
    scope: grant.scope,
    expires_in: expiresIn,
    token_type: 'Bearer',
  });
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', ISSUER);
  console.log(`[mock-auth0] ${req.method} ${url.pathname}`);
  if (req.method === 'OPTIONS') {
    cors(res);
    res.writeHead(204);
    res.end();
    return;
  }
  if (req.method === 'GET' && url.pathname === '/authorize') return authorize(url, res);
  if (req.method === 'POST' && url.pathname === '/oauth/token') {
    token(req, res).catch((err: unknown) => json(res, 500, { error: String(err) }));
    return;
  }
  if (req.method === 'GET' && url.pathname === '/.well-known/jwks.json') {
    return json(res, 200, { keys: [jwk] });
  }
  if (req.method === 'GET' && url.pathname === '/v2/logout') {
    res.writeHead(302, { Location: url.searchParams.get('returnTo') ?? '/' });
    res.end();
    return;
  }
  json(res, 404, { error: 'not_found' });
});

server.listen(PORT, HOST, () => console.log(`[mock-auth0] issuer ${ISSUER}, audience ${AUDIENCE}`));
