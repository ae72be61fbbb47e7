/**
 * `npm run check:deploy`: checks the deployables without deploying anything (offline):
 *   - the web bundle builds for Cloudflare Pages, with its SPA fallback;
 *   - the Worker bundles (`wrangler deploy --dry-run`) within the free plan's size limit, with
 *     its D1 migrations in place;
 *   - every Dockerfile's COPY sources and CMD entry file exist in its build context, and its
 *     `npm ci` resolves against the lockfile with only the files copied before it;
 *   - render.yaml points at existing files and names only variables the server reads;
 *   - each .env.example lists every variable its service reads.
 * Docker itself cannot build here (no daemon, no registry), hence the static Dockerfile checks.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const at = (...p: string[]) => join(ROOT, ...p);
const read = (...p: string[]) => readFileSync(at(...p), 'utf8');

let passed = 0;
let failed = 0;
function check(name: string, fn: () => string | void): void {
  try {
    const note = fn();
    passed++;
    console.log(`✓ ${name}${note ? ` — ${note}` : ''}`);
  } catch (err) {
    failed++;
    console.log(`✗ ${name}\n    ${(err as Error).message.split('\n').join('\n    ')}`);
  }
}
function assert(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}
function run(cmd: string, args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${cmd} ${args.join(' ')} failed:\n${(e.stderr || e.stdout || e.message).slice(-2000)}`,
    );
  }
}
/** The install half of the Pages build command (docs/deploy.md). */
const PAGES_INSTALL = ['ci', '-w', '@fashion/web', '-w', '@fashion/core'];
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

// ------------------------------------------------------------------ Cloudflare Pages (web)

check('web: production bundle builds (Pages build command)', () => {
  run('npm', ['run', 'build', '-w', '@fashion/web']);
  assert(existsSync(at('apps/web/dist/index.html')), 'apps/web/dist/index.html is missing');
  const assets = readdirSync(at('apps/web/dist/assets'));
  return `apps/web/dist: index.html + ${assets.length} assets`;
});

check('web: SPA fallback for Pages (_redirects)', () => {
  const path = at('apps/web/dist/_redirects');
  assert(existsSync(path), 'apps/web/dist/_redirects is missing (apps/web/public/_redirects)');
  const rules = readFileSync(path, 'utf8');
  assert(/^\/\*\s+\/index\.html\s+200\s*$/m.test(rules), 'no "/* /index.html 200" rule');
});

/** The npm files of the repository (root and every workspace manifest) in a fresh folder. */
function manifestsOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'npm-manifests-'));
  for (const f of ['package.json', 'package-lock.json', '.npmrc']) cpSync(at(f), join(dir, f));
  for (const group of ['packages', 'apps']) {
    for (const ws of readdirSync(at(group))) {
      const manifest = at(group, ws, 'package.json');
      if (existsSync(manifest)) cpSync(manifest, join(dir, group, ws, 'package.json'));
    }
  }
  return dir;
}

check('web: the Pages install command resolves from the lockfile', () => {
  // docs/deploy.md: Pages skips its own install (SKIP_DEPENDENCY_INSTALL=1) and runs this.
  const dir = manifestsOnly();
  try {
    const out = run(
      'npm',
      [...PAGES_INSTALL, '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'],
      dir,
    );
    for (const heavy of ['better-sqlite3', 'onnxruntime-node', 'workerd']) {
      assert(!new RegExp(`^add ${heavy} `, 'm').test(out), `the Pages install would pull ${heavy}`);
    }
    return `${/added (\d+) packages/.exec(out)?.[1] ?? '?'} packages, no native server deps`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ------------------------------------------------------------------ Cloudflare Worker

check('worker: wrangler deploy --dry-run bundles within the free plan limit', () => {
  const out = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
  try {
    run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], at('apps/worker'), {
      WRANGLER_SEND_METRICS: 'false',
    });
    const bundle = readFileSync(join(out, 'index.js'));
    const gz = gzipSync(bundle).byteLength;
    // Free plan: 3 MiB compressed per Worker.
    assert(gz < 3 * 1024 * 1024, `bundle is ${kib(gz)} gzipped, over the 3 MiB free limit`);
    return `${kib(bundle.byteLength)} (${kib(gz)} gzipped)`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

check('worker: wrangler.toml bindings and D1 migrations', () => {
  const toml = read('apps/worker/wrangler.toml');
  for (const needed of ['binding = "DB"', 'binding = "IMAGES"', 'main = "src/index.ts"']) {
    assert(toml.includes(needed), `wrangler.toml lacks ${needed}`);
  }
  const dir = /migrations_dir\s*=\s*"([^"]+)"/.exec(toml)?.[1];
  assert(dir, 'wrangler.toml has no migrations_dir');
  const sql = readdirSync(at('apps/worker', dir)).filter((f) => /^\d{4}_.*\.sql$/.test(f));
  assert(sql.length > 0, `no NNNN_*.sql migrations in ${dir}`);
  return `${sql.length} migration(s) in ${dir}`;
});

// ------------------------------------------------------------------ Dockerfiles

interface Instruction {
  op: string;
  args: string;
}

function instructions(text: string): Instruction[] {
  // As Docker does: comment lines go first (also inside a continued instruction), then
  // backslash-continued lines are joined.
  const joined = text
    .split(/\r?\n/)
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op = '', ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

/** Does `pattern` (a COPY source, maybe with * or ?) match something under `context`? */
function sourceExists(context: string, pattern: string): boolean {
  if (!/[*?[]/.test(pattern)) return existsSync(join(context, pattern));
  const dir = join(context, dirname(pattern));
  if (!existsSync(dir)) return false;
  const name = pattern.split('/').pop()!;
  const re = new RegExp(
    `^${name
      .replace(/[.+^${}()|\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return readdirSync(dir).some((f) => re.test(f));
}

/** Copies a COPY source where Docker would put it, under `root` standing for the image's /. */
function placeInImage(root: string, context: string, src: string, dest: string, workdir: string) {
  const destAbs = dest.startsWith('/') ? dest : join(workdir, dest);
  const from = join(context, src);
  // A directory's contents land in dest; a file lands in dest, or inside it when dest is a folder.
  const isDir = statSync(from).isDirectory();
  const intoFolder = dest.endsWith('/') || dest === '.' || dest === './';
  const target = isDir || !intoFolder ? destAbs : join(destAbs, basename(src));
  cpSync(from, join(root, target), { recursive: true });
}

function execForm(args: string): string[] | null {
  try {
    const v: unknown = JSON.parse(args);
    return Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

function checkDockerfile(file: string): string {
  const text = read(file);
  // The build context is declared in a comment (`# context: .`); else the Dockerfile's folder,
  // or the repository root when that is where its COPY sources are.
  const declared = /^#\s*context:\s*(\S+)/m.exec(text)?.[1];
  const contexts = declared ? [at(declared)] : [dirname(at(file)), ROOT];
  const results = contexts.map((c) => dockerfileProblems(text, c));
  const ok = results.find((r) => r.problems.length === 0);
  assert(ok, results[0]!.problems.join('\n'));
  return `context ${relative(ROOT, ok.context) || '.'}; ${ok.notes.join('; ')}`;
}

function dockerfileProblems(text: string, context: string) {
  const problems: string[] = [];
  const notes: string[] = [];
  let stageFiles: { src: string; dest: string }[] = [];
  let workdir = '/';
  for (const ins of instructions(text)) {
    if (ins.op === 'FROM') {
      stageFiles = [];
      workdir = '/';
    } else if (ins.op === 'WORKDIR') {
      workdir = ins.args.startsWith('/') ? ins.args : join(workdir, ins.args);
    } else if (ins.op === 'COPY' || ins.op === 'ADD') {
      const parts = ins.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      if (/--from=/.test(ins.args)) continue;
      const list = execForm(ins.args.replace(/--\S+\s*/g, '')) ?? parts;
      const dest = list[list.length - 1]!;
      for (const src of list.slice(0, -1)) {
        if (!sourceExists(context, src))
          problems.push(
            `${ins.op} source "${src}" does not exist in ${relative(ROOT, context) || '.'}`,
          );
        else stageFiles.push({ src, dest });
      }
    } else if (ins.op === 'RUN' && /\bnpm ci\b/.test(ins.args)) {
      const npm = /npm ci[^&;|]*/.exec(ins.args)![0].trim().split(/\s+/).slice(2);
      const tmp = mkdtempSync(join(tmpdir(), 'docker-npm-ci-'));
      try {
        for (const { src, dest } of stageFiles) placeInImage(tmp, context, src, dest, workdir);
        run(
          'npm',
          ['ci', ...npm, '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'],
          join(tmp, workdir),
        );
        const workspaces = npm.filter((a) => a.startsWith('--workspace')).length;
        notes.push(`npm ci of ${workspaces} workspace(s) resolves`);
      } catch (err) {
        problems.push(`npm ci in the image would fail: ${(err as Error).message.slice(0, 600)}`);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    } else if (ins.op === 'CMD' || ins.op === 'ENTRYPOINT') {
      const argv = execForm(ins.args);
      if (!argv) {
        problems.push(`${ins.op} should use the exec form ["…"] so signals reach the process`);
        continue;
      }
      for (const arg of argv.slice(1)) {
        if (/^[\w./-]+\.(ts|js|mjs|cjs|py)$/.test(arg)) {
          const path = arg.startsWith('/')
            ? arg
            : join(context, relative('/app', join(workdir, arg)));
          if (!existsSync(path)) problems.push(`${ins.op} entry file "${arg}" does not exist`);
          else notes.push(`entry ${arg}`);
        }
      }
    }
  }
  return { context, problems, notes };
}

const dockerfiles = ['Dockerfile', 'apps/server/Dockerfile', 'apps/ml/Dockerfile'].filter((f) =>
  existsSync(at(f)),
);
for (const file of dockerfiles) check(`docker: ${file}`, () => checkDockerfile(file));
check('docker: the API and the ML service have Dockerfiles', () => {
  assert(existsSync(at('apps/server/Dockerfile')), 'apps/server/Dockerfile is missing');
  assert(
    existsSync(at('apps/ml/Dockerfile')) || existsSync(at('Dockerfile')),
    'no Dockerfile for the ML Space (apps/ml/Dockerfile)',
  );
});

// ------------------------------------------------------------------ variables

/** Environment variable names a zod env schema declares (keys in SCREAMING_CASE). */
function schemaVariables(...files: string[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) {
    for (const m of read(f).matchAll(/^\s+([A-Z][A-Z0-9_]+)\??:/gm)) names.add(m[1]!);
  }
  return names;
}

function exampleVariables(file: string): Set<string> {
  return new Set([...read(file).matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));
}

function checkExample(example: string, wanted: Set<string>): string {
  assert(existsSync(at(example)), `${example} is missing`);
  const listed = exampleVariables(example);
  const missing = [...wanted].filter((v) => !listed.has(v));
  assert(missing.length === 0, `${example} does not list ${missing.join(', ')}`);
  return `${wanted.size} variables`;
}

const serverVars = schemaVariables('apps/server/src/config.ts', 'apps/server/src/cloud-config.ts');
check('env: .env.example lists every API server variable', () =>
  checkExample('.env.example', serverVars),
);
check('env: apps/ml/.env.example lists every ML service variable', () =>
  checkExample('apps/ml/.env.example', schemaVariables('apps/ml/src/config.ts')),
);
check('env: apps/worker/.dev.vars.example lists every Worker variable', () => {
  const vars = new Set(
    [...read('apps/worker/src/env.ts').matchAll(/^\s+([A-Z][A-Z0-9_]+)\?: string;/gm)].map(
      (m) => m[1]!,
    ),
  );
  return checkExample('apps/worker/.dev.vars.example', vars);
});
check('env: apps/web/.env.example lists every VITE_ variable', () => {
  const files = ['apps/web/src/config.ts', 'apps/web/vite.config.ts'].filter((f) =>
    existsSync(at(f)),
  );
  const vars = new Set(
    files.flatMap((f) => [...read(f).matchAll(/\b(VITE_[A-Z0-9_]+)/g)].map((m) => m[1]!)),
  );
  return checkExample('apps/web/.env.example', vars);
});

check('render.yaml: files exist, variables are the server’s', () => {
  const yaml = read('render.yaml');
  const dockerfile = /dockerfilePath:\s*(\S+)/.exec(yaml)?.[1];
  const context = /dockerContext:\s*(\S+)/.exec(yaml)?.[1] ?? '.';
  assert(dockerfile && existsSync(at(dockerfile)), `dockerfilePath ${dockerfile} does not exist`);
  assert(existsSync(at(context)), `dockerContext ${context} does not exist`);
  assert(/healthCheckPath:\s*\/api\/health\b/.test(yaml), 'healthCheckPath should be /api/health');
  const keys = [...yaml.matchAll(/-\s*key:\s*([A-Z0-9_]+)/g)].map((m) => m[1]!);
  const unknown = keys.filter((k) => !serverVars.has(k));
  assert(
    unknown.length === 0,
    `render.yaml sets variables the server does not read: ${unknown.join(', ')}`,
  );
  return `${keys.length} variables`;
});

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
