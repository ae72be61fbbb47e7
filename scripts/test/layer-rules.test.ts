import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const x = y;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (eslint, scripts/lint/layers.js)', () => {
  it.each([
    ["import { readFileSync as y } from 'node:fs';"],
    ["import y from 'sharp';"],
    ["import { Hono as y } from 'hono';"],
    ["import { createApp as y } from '@fashion/api';"],
    ["import { y } from '../../api/src/index.ts';"],
  ])('core refuses %s', async (code) => {
    expect(await layerErrors('packages/core/src/probe.ts', code)).toHaveLength(1);
  });

  it('core may import zod, culori and itself', async () => {
    const code =
      "import { z as y } from 'zod';\nimport { parse } from 'culori';\nimport { TIPOS } from './taxonomy.ts';\nvoid parse; void TIPOS;";
    expect(await layerErrors('packages/core/src/probe.ts', code)).toEqual([]);
  });

  it.each([
    ["import { createSqliteStore as y } from '@fashion/adapters';"],
    ["import y from 'better-sqlite3';"],
    ["import { y } from '../../../adapters/src/sqlite/store.ts';"],
  ])('the API refuses %s', async (code) => {
    expect(await layerErrors('packages/api/src/features/probe.ts', code)).toHaveLength(1);
  });

  it('the API may import hono and core', async () => {
    const code =
      "import { Hono as y } from 'hono';\nimport { TIPOS } from '@fashion/core';\nvoid TIPOS;";
    expect(await layerErrors('packages/api/src/probe.ts', code)).toEqual([]);
  });

  it.each([
    ["import { createApp as y } from '@fashion/api';"],
    ["import { y } from '../../../packages/api/src/http/errors.ts';"],
  ])('the web app refuses %s', async (code) => {
    expect(await layerErrors('apps/web/src/probe.ts', code)).toHaveLength(1);
  });

  it('the web app may import core', async () => {
    const code = "import { TIPOS as y } from '@fashion/core';";
    expect(await layerErrors('apps/web/src/probe.ts', code)).toEqual([]);
  });
});
