import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runKnip } from '../deps/knip.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A two-workspace repository: `app` uses `lib`; `files` overrides or adds files. */
function repo(files: Record<string, string | object> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dep-check-'));
  dirs.push(root);
  const all: Record<string, string | object> = {
    'package.json': { name: 'fx', private: true, type: 'module', workspaces: ['ws/*'] },
    'ws/lib/package.json': {
      name: '@fx/lib',
      private: true,
      type: 'module',
      exports: './index.ts',
    },
    'ws/lib/index.ts': "export { used } from './impl.ts';\n",
    'ws/lib/impl.ts': 'export const used = 1;\n',
    'ws/app/package.json': {
      name: '@fx/app',
      private: true,
      type: 'module',
      main: 'index.ts',
      dependencies: { '@fx/lib': '*' },
    },
    'ws/app/index.ts': "import { used } from '@fx/lib';\nconsole.log(used);\n",
    ...files,
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(
      join(root, path),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
  // npm's workspace link, so the import resolves as it does after `npm install`.
  mkdirSync(join(root, 'node_modules/@fx'), { recursive: true });
  symlinkSync('../../ws/lib', join(root, 'node_modules/@fx/lib'));
  return root;
}

const failures = (root: string) => runKnip(root).filter((r) => r.status !== 0);

describe('dependency check (knip)', () => {
  it('passes a repository whose imports are declared and exports used', () => {
    expect(failures(repo())).toEqual([]);
  });

  // A workspace's entry (index.ts) is its public API; an export of its other modules that no
  // file imports is dead code.
  it('fails on an unused export', () => {
    const [run] = failures(
      repo({ 'ws/lib/impl.ts': 'export const used = 1;\nexport const unused = 2;\n' }),
    );
    expect(run?.output).toMatch(/Unused exports[\s\S]*unused/);
  });

  it('fails on an undeclared third-party import', () => {
    const app =
      "import { used } from '@fx/lib';\nimport leftPad from 'left-pad';\nconsole.log(used, leftPad);\n";
    const [run] = failures(repo({ 'ws/app/index.ts': app }));
    expect(run?.output).toMatch(/Unlisted dependencies[\s\S]*left-pad/);
  });

  it('fails on an undeclared workspace import', () => {
    const app = { name: '@fx/app', private: true, type: 'module', main: 'index.ts' };
    const runs = failures(repo({ 'ws/app/package.json': app }));
    expect(runs.map((r) => r.output).join('\n')).toMatch(/Unlisted dependencies[\s\S]*@fx\/lib/);
  });
});
