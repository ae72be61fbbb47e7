/**
 * Idempotency-Key on creating POSTs, over real HTTP with a real SQLite file: a repeat (after the
 * first finished, or while it runs, or on a new server over the same file) answers the first
 * result and creates nothing more.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '@fashion/adapters/sqlite/index.ts';
import type { AppEnv } from '../src/deps.ts';
import { idempotency } from '../src/features/idempotency/middleware.ts';
import { call, photo, uploadForm } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

const key = () => `k-${Math.random().toString(36).slice(2)}`;
const uploadWith = (url: string, k: string, fields = { clase_nombre: 'Shirt', color: 'azul' }) =>
  call(url, 'POST', '/api/prendas/upload', {
    // A new FormData per send: a new multipart boundary, as a browser's retry has.
    form: uploadForm(photo('shirt-1.jpg'), fields),
    headers: { 'idempotency-key': k },
  });

describe('Idempotency-Key over HTTP', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('a repeated upload answers the first result and stores one garment', async () => {
    const before = s.counts().garments;
    const k = key();
    const first = await uploadWith(s.url, k);
    const again = await uploadWith(s.url, k);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(s.counts().garments).toBe(before + 1);
    expect(s.files()).toHaveLength(2 * s.counts().garments);
  });

  it('concurrent repeats (a double click) create one garment and all get its answer', async () => {
    const before = s.counts().garments;
    const k = key();
    const answers = await Promise.all([
      uploadWith(s.url, k),
      uploadWith(s.url, k),
      uploadWith(s.url, k),
    ]);
    for (const a of answers) {
      expect(a.status).toBe(201);
      expect(a.body).toEqual(answers[0]!.body);
    }
    expect(s.counts().garments).toBe(before + 1);
  });

  it('works for /auto and for saving an outfit', async () => {
    const b64 = photo('shoes-1.jpg').toString('base64');
    const k = key();
    const auto = () =>
      call(s.url, 'POST', '/api/prendas/auto', {
        json: { imagen_base64: b64, clase_nombre: 'Shoes', color: 'blanco' },
        headers: { 'idempotency-key': k },
      });
    const [a1, a2] = await Promise.all([auto(), auto()]);
    expect(a1.status).toBe(201);
    expect(a2.body).toEqual(a1.body);

    const top = await uploadWith(s.url, key());
    const pants = await uploadWith(s.url, key(), { clase_nombre: 'Pants', color: 'negro' });
    const outfitsBefore = s.counts().outfits;
    const ko = key();
    const save = () =>
      call(s.url, 'POST', '/api/outfits/save', {
        json: { superior_id: top.body._id, inferior_id: pants.body._id, zapatos_id: a1.body._id },
        headers: { 'idempotency-key': ko },
      });
    const [o1, o2] = await Promise.all([save(), save()]);
    const o3 = await save();
    expect(o1.status).toBe(201);
    expect(o2.body).toEqual(o1.body);
    expect(o3.body).toEqual(o1.body);
    expect(s.counts().outfits).toBe(outfitsBefore + 1);
  });

  it('the same key with a different request is 422 conflict', async () => {
    const k = key();
    expect((await uploadWith(s.url, k)).status).toBe(201);
    const other = await uploadWith(s.url, k, { clase_nombre: 'Shirt', color: 'rojo' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('conflict');
  });

  it('a failed first attempt is not replayed: the retry runs', async () => {
    const k = key();
    const bad = await call(s.url, 'POST', '/api/prendas/upload', {
      form: uploadForm(photo('shirt-1.jpg'), {
        clase_nombre: 'Shirt',
        color: 'azul',
        tipo: 'nope',
      }),
      headers: { 'idempotency-key': k },
    });
    expect(bad.status).toBe(400);
    const before = s.counts().garments;
    const good = await uploadWith(s.url, k);
    expect(good.status).toBe(201);
    expect(good.headers.get('idempotent-replayed')).toBeNull();
    expect(s.counts().garments).toBe(before + 1);
  });

  it('rejects a malformed key', async () => {
    const res = await uploadWith(s.url, 'a'.repeat(300));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('bad_request');
  });
});

describe('Idempotency-Key across a server restart (same SQLite file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fashion-idem-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a new instance replays what the old one answered', async () => {
    const dbPath = join(dir, 'shared.db');
    const k = key();
    const a = await startTestServer({ dbPath });
    const first = await uploadWith(a.url, k);
    await a.close();
    const b = await startTestServer({ dbPath });
    try {
      const again = await uploadWith(b.url, k);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(b.counts().garments).toBe(1);
    } finally {
      await b.close();
    }
  });
});

describe('Idempotency middleware while the first request still runs', () => {
  it('waits for it, or answers 409 idempotency_in_flight with Retry-After', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fashion-idem-wait-'));
    const store = createSqliteStore(join(dir, 'w.db'));
    let created = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const app = new Hono<AppEnv>();
    app.use('*', async (c, next) => {
      c.set('principal', { userId: 'u1' } as never);
      await next();
    });
    app.post(
      '/make',
      idempotency(store.idempotency, {
        maxBodyBytes: 1024,
        waitMs: 200,
        pollMs: 20,
        logError: () => {},
      }),
      async (c) => {
        await gate;
        created += 1;
        return c.json({ n: created }, 201);
      },
    );
    const post = () =>
      app.request('/make', { method: 'POST', body: '{}', headers: { 'idempotency-key': 'k1' } });
    const first = post();
    await new Promise((r) => setTimeout(r, 50));
    const impatient = await post();
    expect(impatient.status).toBe(409);
    expect(impatient.headers.get('retry-after')).toBe('1');
    expect(((await impatient.json()) as { code: string }).code).toBe('idempotency_in_flight');
    const waiting = post();
    release();
    expect(await (await first).json()).toEqual({ n: 1 });
    expect(await (await waiting).json()).toEqual({ n: 1 });
    expect(created).toBe(1);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
