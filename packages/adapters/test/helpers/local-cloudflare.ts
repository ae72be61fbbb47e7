/**
 * Real local D1 and R2 (workerd through Miniflare), reached from Node through Miniflare's
 * binding proxies. The D1 database gets the same drizzle-kit migrations wrangler applies.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { MIGRATIONS_FOLDER } from '../../src/sqlite/index.ts';

export async function applyMigrations(db: {
  prepare(sql: string): { run(): Promise<unknown> };
}): Promise<void> {
  const files = (await readdir(MIGRATIONS_FOLDER)).filter((f) => f.endsWith('.sql')).sort();
  for (const file of files) {
    const text = await readFile(join(MIGRATIONS_FOLDER, file), 'utf8');
    for (const statement of text.split('--> statement-breakpoint')) {
      if (statement.trim()) await db.prepare(statement).run();
    }
  }
}

export async function startLocalCloudflare() {
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response("ok"); } }',
    d1Databases: ['DB'],
    r2Buckets: ['IMAGES'],
    compatibilityDate: '2025-09-01',
  });
  await mf.ready;
  const d1 = await mf.getD1Database('DB');
  const r2 = await mf.getR2Bucket('IMAGES');
  return { mf, d1, r2, dispose: () => mf.dispose() };
}
