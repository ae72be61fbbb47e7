/** `npm run check:deps`: both knip runs over the repository; exits 1 when either finds something. */
import { fileURLToPath } from 'node:url';
import { runKnip } from './knip.ts';

let failed = false;
for (const run of runKnip(fileURLToPath(new URL('../..', import.meta.url)))) {
  if (run.output.trim()) console.log(`knip ${run.args.join(' ')}\n${run.output}`);
  if (run.status !== 0) failed = true;
}
if (failed) process.exit(1);
console.log('dependencies: declared, used, no unused exports');
