/**
 * Starts a worker thread on a TypeScript entry. Workers do not inherit the tsx loader of the main
 * thread (nor vitest's transform), so a tiny JavaScript bootstrap registers tsx's ESM hooks inside
 * the worker before importing the entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

let tsxApiUrl: string | undefined;

function tsxEsmApi(): string {
  if (!tsxApiUrl) {
    const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
      exports: Record<string, { import?: { default?: string } } | string>;
    };
    const entry = pkg.exports['./esm/api'];
    const file = typeof entry === 'object' ? entry.import?.default : undefined;
    if (!file) throw new Error('tsx does not export ./esm/api');
    tsxApiUrl = pathToFileURL(join(dirname(pkgPath), file)).href;
  }
  return tsxApiUrl;
}

export function spawnWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const code =
    `import(${JSON.stringify(tsxEsmApi())})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}
