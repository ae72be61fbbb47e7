/**
 * The licence check behind `npm run check:licences`: every production dependency's licence (as
 * npm's metadata in node_modules states it, read through `npm query`) must satisfy the allow-list
 * in policy.ts, and every workspace of ours must declare our licence.
 */
import { execFileSync } from 'node:child_process';
import satisfies from 'spdx-satisfies';
import { ALLOWED_LICENCES, LICENCE_EXCEPTIONS, OUR_LICENCE } from './policy.ts';

export interface InstalledPackage {
  name: string;
  version?: string;
  location: string;
  license?: unknown;
  licenses?: unknown;
}

export interface LicenceProblem {
  package: string;
  location: string;
  licence: string;
  problem: string;
}

/** Production packages (dependencies of the root and workspaces, not devDependencies) under root. */
export function productionPackages(root: string): InstalledPackage[] {
  const out = execFileSync('npm', ['query', '.prod', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as InstalledPackage[];
}

/** The SPDX expression a package.json declares, including the legacy `licenses: [{type}]` form. */
export function declaredLicence(pkg: InstalledPackage): string | undefined {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license === 'object' && 'type' in pkg.license) {
    return String(pkg.license.type);
  }
  if (Array.isArray(pkg.licenses)) {
    const types = pkg.licenses.map((l: { type?: unknown }) => String(l?.type));
    return types.length > 0 ? `(${types.join(' OR ')})` : undefined;
  }
  return undefined;
}

function allowed(expression: string): boolean {
  try {
    return satisfies(expression, ALLOWED_LICENCES);
  } catch {
    return false; // not a valid SPDX expression (e.g. "SEE LICENSE IN …"): a person must look
  }
}

export function licenceProblems(packages: readonly InstalledPackage[]): LicenceProblem[] {
  const problems: LicenceProblem[] = [];
  for (const pkg of packages) {
    const licence = declaredLicence(pkg);
    const id = `${pkg.name}@${pkg.version ?? '?'}`;
    const report = (problem: string) =>
      problems.push({ package: id, location: pkg.location, licence: licence ?? '(none)', problem });
    const ours = !pkg.location.includes('node_modules/');
    if (ours) {
      if (licence !== OUR_LICENCE) report(`our workspace must declare "license": "${OUR_LICENCE}"`);
      continue;
    }
    if (licence === undefined) {
      report('declares no licence');
    } else if (!allowed(licence)) {
      const exception = LICENCE_EXCEPTIONS.find(
        (e) => e.name.test(pkg.name) && e.licence === licence,
      );
      if (!exception) report('licence not on the allow-list (scripts/licences/policy.ts)');
    }
  }
  return problems;
}
