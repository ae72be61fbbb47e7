import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { licenceProblems, productionPackages } from '../licences/check.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A project on disk with one production and one development dependency, as npm lays them out. */
function project(prodLicence: unknown, devLicence: unknown = 'AGPL-3.0-only'): string {
  const root = mkdtempSync(join(tmpdir(), 'licence-check-'));
  dirs.push(root);
  const write = (path: string, json: object) => {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'package.json'), JSON.stringify(json));
  };
  write('.', {
    name: 'fake-root',
    version: '1.0.0',
    license: 'MIT',
    dependencies: { shipped: '1.0.0' },
    devDependencies: { tooling: '1.0.0' },
  });
  write('node_modules/shipped', { name: 'shipped', version: '1.0.0', license: prodLicence });
  write('node_modules/tooling', { name: 'tooling', version: '1.0.0', license: devLicence });
  return root;
}

const problemsOf = (root: string) => licenceProblems(productionPackages(root));

describe('licence check', () => {
  it('fails on a production dependency under the AGPL', () => {
    const problems = problemsOf(project('AGPL-3.0-only'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ package: 'shipped@1.0.0', licence: 'AGPL-3.0-only' });
  });

  it.each(['GPL-3.0-or-later', 'SSPL-1.0', 'LGPL-3.0', 'SEE LICENSE IN EULA.txt'])(
    'fails on %s',
    (licence) => {
      expect(problemsOf(project(licence))).toHaveLength(1);
    },
  );

  it('fails on a dependency that declares no licence', () => {
    expect(problemsOf(project(undefined))[0]?.problem).toBe('declares no licence');
  });

  it('passes permissive licences, choices that include one, and ignores devDependencies', () => {
    expect(problemsOf(project('MIT'))).toEqual([]);
    expect(problemsOf(project('(MIT OR GPL-3.0-only)'))).toEqual([]);
    expect(problemsOf(project({ type: 'BSD-3-Clause' }))).toEqual([]);
  });

  it('allows the named LGPL exceptions only under their own names', () => {
    const lgpl = [
      {
        name: '@img/sharp-libvips-linux-x64',
        location: 'node_modules/@img/sharp-libvips-linux-x64',
        license: 'LGPL-3.0-or-later',
      },
    ];
    expect(licenceProblems(lgpl)).toEqual([]);
    expect(licenceProblems([{ ...lgpl[0]!, name: 'other-libvips' }])).toHaveLength(1);
  });

  it('requires our own workspaces to declare our licence', () => {
    expect(licenceProblems([{ name: '@fashion/x', location: 'packages/x' }])).toHaveLength(1);
    expect(
      licenceProblems([{ name: '@fashion/x', location: 'packages/x', license: 'MIT' }]),
    ).toEqual([]);
  });
});
