/** Runs Debian's Python (PIL, torch, torchvision) as the reference the TypeScript path must match. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

/** Why the reference cannot run here, or null when it can. */
export function pythonUnavailable(modules: string[]): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const r = spawnSync(PYTHON, ['-c', modules.map((m) => `import ${m}`).join('; ')], {
    encoding: 'utf8',
  });
  return r.status === 0 ? null : `${PYTHON} lacks ${modules.join(', ')}: ${r.stderr.trim()}`;
}

/** Runs `code` with `input` on stdin; returns stdout (throws with stderr on failure). */
export function runPython(code: string, input?: string | Uint8Array, cwd?: string): string {
  const r = spawnSync(PYTHON, ['-c', code], {
    input,
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
