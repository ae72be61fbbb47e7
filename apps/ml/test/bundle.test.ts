/**
 * The production entry (what the Docker image runs): `npm run build` bundles the service and its
 * inference worker with esbuild, and `node apps/ml/start.js` serves without any TypeScript loader.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHOTOS, REPO, TINY, imageForm } from './helpers.ts';

describe('production bundle', () => {
  it('builds, starts with plain node and classifies', async () => {
    const build = spawnSync('npm', ['run', 'build', '--workspace', '@fashion/ml'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const child = spawn(process.execPath, [join(REPO, 'apps/ml/start.js')], {
      cwd: REPO,
      // PORT=0: the OS picks a free port; the log line tells which.
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        HOST: '127.0.0.1',
        ML_CNN_PATH: TINY.cnn,
        ML_VIT_PATH: TINY.vit,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const photo = new Uint8Array(readFileSync(join(PHOTOS, 'pants-1.jpg')));
      const res = await fetch(`${url}/classify-vit`, { method: 'POST', body: imageForm(photo) });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ model: 'vit', color: 'azul' });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
