/**
 * Bulk upload: many photos go to a durable queue (IndexedDB) that sends each once with its key,
 * waits when the server asks, lists failures with a retry, and resumes after a reload.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';
import { setTransport } from '../src/api/client.ts';
import { BulkQueue, bulkQueue } from '../src/features/add/bulk/bulk-queue.ts';
import { loadItems, putItems } from '../src/features/add/bulk/bulk-store.ts';
import type { BulkItem } from '../src/features/add/bulk/bulk-item.ts';

// A loaded machine answers slowly: wait longer than the default second (no timing is asserted).
configure({ asyncUtilTimeout: 10_000 });

const photo = (name: string) =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], name, { type: 'image/jpeg' });

const keysOf = (api: FakeApi) =>
  api.requests('POST', '/api/prendas/upload').map((r) => r.headers['Idempotency-Key']);

afterEach(async () => {
  bulkQueue().setPaused(false);
  bulkQueue().clearFinished();
  await bulkQueue().flushed();
  expect(await loadItems()).toEqual([]);
});

// Generous limits: the machine may be loaded; nothing here measures time.
describe('bulk upload', { timeout: 30_000 }, () => {
  it('sends many photos once each, lists a refused one with its reason, and retries it', async () => {
    const api = new FakeApi();
    api.intercept = (req) =>
      req.path === '/api/prendas/upload' && (req.form?.get('imagen') as File).name === 'bad.jpg'
        ? { status: 415, body: { error: 'unsupported image type', code: 'unsupported_media_type' } }
        : undefined;
    renderApp('/add', api);
    const files = Array.from({ length: 13 }, (_, i) => photo(`shirt-${i}.jpg`));
    await userEvent.upload(await screen.findByTestId('file-input'), [...files, photo('bad.jpg')]);
    const panel = await screen.findByTestId('bulk');
    // Not the one-by-one review cards: the queue.
    expect(screen.queryAllByTestId('add-item')).toHaveLength(0);
    await waitFor(
      () =>
        expect(within(panel).getByTestId('bulk-summary')).toHaveTextContent(
          '13 of 14 photos saved · 1 failed',
        ),
      { timeout: 10_000 },
    );
    const failures = within(panel).getByTestId('bulk-failures');
    expect(failures).toHaveTextContent('bad.jpg');
    expect(api.garments).toHaveLength(13);
    expect(new Set(keysOf(api)).size).toBe(14);

    api.intercept = null;
    await userEvent.click(within(failures).getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(within(panel).getByTestId('bulk-summary')).toHaveTextContent('14 of 14 photos saved'),
    );
    expect(api.garments).toHaveLength(14);
    expect(within(panel).getByRole('link', { name: 'Review what was added' })).toHaveAttribute(
      'href',
      '/review',
    );
  });

  it('waits as long as a 429 asks, then sends the same photo with the same key', async () => {
    const api = new FakeApi();
    let refused = 0;
    api.intercept = (req) => {
      if (req.path !== '/api/prendas/upload' || refused >= 1) return undefined;
      refused++;
      return { status: 429, body: { error: 'too many requests' }, retryAfterS: 1 };
    };
    setTransport(api.transport);
    const q = bulkQueue();
    q.add(Array.from({ length: 3 }, (_, i) => ({ blob: photo(`p${i}.jpg`), name: `p${i}.jpg` })));
    await waitFor(() => expect(api.garments).toHaveLength(3), { timeout: 10_000 });
    const keys = keysOf(api);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(3);
    expect(q.getSnapshot().items.every((i) => i.state === 'done')).toBe(true);
  });

  it('resumes after a reload: what was stored is not sent again, what was cut off keeps its key', async () => {
    const api = new FakeApi();
    setTransport(api.transport);
    const base = { progress: 0, attempts: 0 } as const;
    const saved: BulkItem[] = [
      { ...base, id: 'a', key: 'key-a', name: 'a.jpg', state: 'done', seq: 1, garmentId: 'x' },
      {
        ...base,
        id: 'b',
        key: 'key-b',
        name: 'b.jpg',
        state: 'uploading',
        seq: 2,
        blob: photo('b.jpg'),
      },
      {
        ...base,
        id: 'c',
        key: 'key-c',
        name: 'c.jpg',
        state: 'waiting',
        seq: 3,
        blob: photo('c.jpg'),
      },
    ];
    await putItems(saved);
    // A new page: a new queue reading the same IndexedDB.
    const q = new BulkQueue();
    await waitFor(() => expect(api.garments).toHaveLength(2));
    expect(keysOf(api).sort()).toEqual(['key-b', 'key-c']);
    await waitFor(async () =>
      expect((await loadItems()).map((i) => [i.id, i.state, Boolean(i.blob)])).toEqual([
        ['a', 'done', false],
        ['b', 'done', false],
        ['c', 'done', false],
      ]),
    );
    expect(q.getSnapshot().items).toHaveLength(3);
    q.clearFinished();
    await q.flushed();
  });
});
