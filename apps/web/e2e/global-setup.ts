/**
 * Builds the web app when its build is missing or older than its sources, then starts the real
 * embedded server (tsx apps/server/src/main.ts) on a free port with a temporary DATA_DIR, and
 * waits for /api/health. Tests find it in E2E_BASE_URL. The server's weather provider is a local
 * server answering like Open-Meteo (no test reaches the internet).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeOpenMeteo } from '../../../packages/adapters/test/helpers/fake-open-meteo.ts';

const WEB = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const ROOT = resolve(WEB, '../..');

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

function buildIfNeeded(): void {
  const built = join(WEB, 'dist/index.html');
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', '../../packages/core/src'];
  const newest = Math.max(...sources.map((s) => newestMtime(join(WEB, s))));
  if (existsSync(built) && statSync(built).mtimeMs >= newest && !process.env.E2E_REBUILD) return;
  console.log('[e2e] building the web app…');
  execFileSync('npm', ['run', 'build', '-w', '@fashion/web'], { cwd: ROOT, stdio: 'inherit' });
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

async function waitForHealth(url: string, child: { exitCode: number | null }, log: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become healthy in 90 s:\n${log()}`);
}

export default async function globalSetup() {
  buildIfNeeded();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'fashion-e2e-'));
  const weather = await startFakeOpenMeteo();
  let output = '';
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      FORECAST_BASE_URL: weather.url,
      GEOCODING_BASE_URL: weather.url,
      CLIMATE_BASE_URL: weather.url,
      // The whole suite is one client on 127.0.0.1; on a fast machine it makes more than the
      // default 600 requests a minute and would meet 429s. Rate limiting has its own API tests.
      RATE_LIMIT_MAX: '1000000',
      RATE_LIMIT_HEAVY_MAX: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    await weather.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  process.env.E2E_BASE_URL = url;
  console.log(`[e2e] server at ${url} (data in ${dataDir})`);

  return async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await weather.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
