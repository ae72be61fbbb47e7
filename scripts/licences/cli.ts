/** `npm run check:licences`: exits 1, listing each offender, when a production licence is not allowed. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { licenceProblems, productionPackages } from './check.ts';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url)));
const packages = productionPackages(root);
const problems = licenceProblems(packages);
for (const p of problems) {
  console.error(`${p.package} (${p.location}): ${p.licence} — ${p.problem}`);
}
if (problems.length > 0) process.exit(1);
console.log(`licences: ${packages.length} production packages, all allowed`);
