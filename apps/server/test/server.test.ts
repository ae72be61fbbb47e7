import { spawn } from 'node:child_process';
import { Agent, get as httpGet } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startMlServiceStub } from '../../../packages/adapters/test/helpers/ml-service-stub.ts';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';

const root = mkdtempSync(join(tmpdir(), 'fashion-server-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const photo = fileURLToPath(new URL('../../../fixtures/photos/shirt-1.jpg', import.meta.url));

function webBuild(): string {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>Fashion AI</title><div id="root"></div>',
  );
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
  return dist;
}

describe('the Node server', () => {
  it('serves the API and the web app (SPA fallback) from a temp DATA_DIR', async () => {
    const dataDir = join(root, 'data-web');
    const server = await startServer(
      loadConfig({ PORT: '0', DATA_DIR: dataDir, WEB_DIST: webBuild() }),
    );
    try {
      expect(server.web).toBe(true);
      const health = await fetch(`${server.url}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', mode: 'embedded' });

      for (const path of ['/', '/wardrobe', '/outfits/123']) {
        const res = await fetch(`${server.url}${path}`);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/html');
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(await res.text()).toContain('Fashion AI');
      }
      const asset = await fetch(`${server.url}/assets/index-abc123.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
      // API paths never fall back to the HTML.
      const api404 = await fetch(`${server.url}/api/unknown`);
      expect(api404.status).toBe(404);
      expect(api404.headers.get('content-type')).toContain('application/json');
      expect((await fetch(`${server.url}/api`)).status).toBe(404);

      // The embedded stores are under DATA_DIR.
      const form = new FormData();
      const { readFileSync } = await import('node:fs');
      form.append('imagen', new Blob([readFileSync(photo)], { type: 'image/jpeg' }), 'shirt.jpg');
      form.append('clase_nombre', 'Shirt');
      form.append('color', 'azul');
      const up = await fetch(`${server.url}/api/prendas/upload`, { method: 'POST', body: form });
      expect(up.status).toBe(201);
      expect(readdirSync(dataDir).sort()).toEqual(expect.arrayContaining(['fashion.db', 'images']));
      expect(readdirSync(join(dataDir, 'images'))).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('runs API-only when there is no web build, and picks the HTTP classifier for ML_SERVICE_URL', async () => {
    const ml = await startMlServiceStub();
    const server = await startServer(
      loadConfig({
        PORT: '0',
        DATA_DIR: join(root, 'data-ml'),
        WEB_DIST: join(root, 'nope'),
        ML_SERVICE_URL: ml.url,
      }),
    );
    try {
      expect(server.web).toBe(false);
      expect((await fetch(`${server.url}/`)).status).toBe(404);
      const mlHealth = (await (await fetch(`${server.url}/api/ml-health`)).json()) as {
        mode: string;
      };
      expect(mlHealth.mode).toBe('http');
    } finally {
      await server.close();
      await ml.close();
    }
  });

  // Node's default 5 s let a client reuse a socket the server was closing: ECONNRESET (CI saw it).
  it('keeps an idle keep-alive connection past the 5 s Node default, so a client can reuse it', async () => {
    const server = await startServer(
      loadConfig({
        PORT: '0',
        DATA_DIR: join(root, 'data-keepalive'),
        WEB_DIST: join(root, 'nope'),
      }),
    );
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = httpGet(`${server.url}/api/health`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
        });
        req.on('error', reject);
      });
    try {
      expect(await get()).toEqual({ status: 200, reused: false });
      await new Promise((r) => setTimeout(r, 6000));
      expect(await get()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
      await server.close();
    }
  }, 30_000);

  it('closes cleanly and frees the port', async () => {
    const server = await startServer(
      loadConfig({ PORT: '0', DATA_DIR: join(root, 'data-close'), WEB_DIST: join(root, 'nope') }),
    );
    const url = server.url;
    await server.close();
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });
});

describe('main.ts as a process', () => {
  const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

  function run(
    env: Record<string, string>,
    onLine?: (line: string, kill: (s: NodeJS.Signals) => void) => void,
  ) {
    return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(tsx, [main], { env: { PATH: process.env.PATH ?? '', ...env } });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        onLine?.(d.toString(), (s) => child.kill(s));
      });
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => resolve({ code, out, err }));
    });
  }

  it('exits 1 naming the variable when the configuration is wrong', async () => {
    const r = await run({ PORT: 'not-a-port', DATA_DIR: join(root, 'x') });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Fashion AI cannot start: invalid configuration/);
    expect(r.err).toMatch(/PORT: /);
  }, 20_000);

  it('starts, logs its URL, and shuts down gracefully on SIGTERM', async () => {
    let url = '';
    const r = await run(
      { PORT: '0', DATA_DIR: join(root, 'data-main'), WEB_DIST: join(root, 'nope') },
      (line, kill) => {
        const m = /listening on (http:\/\/\S+)/.exec(line);
        if (m?.[1]) {
          url = m[1];
          void fetch(`${url}/api/health`)
            .then((res) => res.json() as Promise<{ status?: string }>)
            .then((h) => {
              if (h.status === 'ok') kill('SIGTERM');
            });
        }
      },
    );
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(r.out).toMatch(/SIGTERM: shutting down/);
    expect(r.code).toBe(0);
  }, 20_000);
});
