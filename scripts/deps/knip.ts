/**
 * The dependency check (`npm run check:deps`), two knip runs over the workspaces (config: knip.json):
 *   1. the default run: unused files, exports and dependencies, unlisted third-party imports;
 *   2. a strict production run for unlisted imports only, since knip's default run lets a private
 *      workspace import another workspace it does not declare (`@fashion/api` from apps/server).
 * Layer rules are ESLint's (scripts/lint/layers.js).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// knip's package exports no bin path; npm links it here.
const KNIP_BIN = fileURLToPath(new URL('../../node_modules/.bin/knip', import.meta.url));

export const KNIP_RUNS: readonly (readonly string[])[] = [
  [],
  ['--strict', '--include', 'unlisted,unresolved'],
];

export interface KnipRun {
  args: readonly string[];
  status: number | null;
  output: string;
}

export function runKnip(directory: string): KnipRun[] {
  return KNIP_RUNS.map((args) => {
    const r = spawnSync(
      process.execPath,
      [KNIP_BIN, '--no-progress', '--directory', directory, ...args],
      {
        encoding: 'utf8',
      },
    );
    return { args, status: r.status, output: `${r.stdout}${r.stderr}` };
  });
}
