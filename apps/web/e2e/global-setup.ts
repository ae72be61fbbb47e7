/**
 * Builds the web app when its build is missing or older than its sources, then starts the real
 * embedded server (e2e/server.ts: tsx apps/server/src/main.ts) on a free port with a temporary
 * DATA_DIR, and waits for /api/health. Tests find it in E2E_BASE_URL. The server's weather provider is a local
 * server answering like Open-Meteo (no test reaches the internet).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeOpenMeteo } from '../../../packages/adapters/test/helpers/fake-open-meteo.ts';
import { startServer } from './server.ts';

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

export default async function globalSetup() {
  buildIfNeeded();
  const dataDir = mkdtempSync(join(tmpdir(), 'fashion-e2e-'));
  const weather = await startFakeOpenMeteo();
  let server;
  try {
    server = await startServer(dataDir, weather.url);
  } catch (err) {
    await weather.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const { url } = server;
  process.env.E2E_BASE_URL = url;
  // A spec that starts a server of its own (a fresh data folder) uses the same weather stand-in.
  process.env.E2E_WEATHER_URL = weather.url;
  console.log(`[e2e] server at ${url} (data in ${dataDir})`);

  return async () => {
    await server.stop();
    await weather.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
