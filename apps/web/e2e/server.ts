/**
 * Starts the real embedded server (tsx apps/server/src/main.ts) on a free port with the DATA_DIR
 * given, and waits for /api/health. The global setup starts the suite's server with it; a spec may
 * start another one (e.g. on a fresh, empty data folder).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

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

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** `weatherUrl`: the local server answering like Open-Meteo (no test reaches the internet). */
export async function startServer(dataDir: string, weatherUrl: string): Promise<RunningServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['apps/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      FORECAST_BASE_URL: weatherUrl,
      GEOCODING_BASE_URL: weatherUrl,
      CLIMATE_BASE_URL: weatherUrl,
      // The whole suite is one client on 127.0.0.1; on a fast machine it makes more than the
      // default 600 requests a minute and would meet 429s. Rate limiting has its own API tests.
      RATE_LIMIT_MAX: '1000000',
      RATE_LIMIT_HEAVY_MAX: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return { url, stop };
}
