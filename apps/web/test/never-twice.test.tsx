/**
 * Never twice: a double click on "Save all" or "Save outfit" creates each thing once, and every
 * create carries its own Idempotency-Key (the same one on a retry of that item).
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';
import { NetworkError } from '../src/api/transport.ts';
import type { ApiRequest } from '../src/api/transport.ts';

const photo = (name: string) =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], name, { type: 'image/jpeg' });

describe('never twice', () => {
  it('a double click on Save all uploads each photo once, each with its own key', async () => {
    const api = new FakeApi();
    renderApp('/add', api);
    const input = await screen.findByTestId('file-input');
    await userEvent.upload(input, [photo('shirt-1.jpg'), photo('pants-1.jpg'), photo('skirt.jpg')]);
    const all = await screen.findByRole('button', { name: 'Save all (3)' });
    // Hold the answers: both clicks land while the first save is in flight.
    let release!: () => void;
    api.gate = new Promise((r) => (release = r));
    fireEvent.click(all);
    fireEvent.click(all);
    release();
    api.gate = null;
    await waitFor(() => expect(screen.getAllByText('Saved to your wardrobe.')).toHaveLength(3));
    const uploads = api.requests('POST', '/api/prendas/upload');
    expect(uploads).toHaveLength(3);
    expect(api.garments).toHaveLength(3);
    const keys = uploads.map((u) => u.headers['Idempotency-Key']);
    expect(keys.every((k) => typeof k === 'string' && k.length >= 16)).toBe(true);
    expect(new Set(keys).size).toBe(3);
  });

  it('a retry after no answer keeps the key; after an error answer it is a new request', async () => {
    const api = new FakeApi();
    const sent: string[] = [];
    const wrapped = {
      transport: async (req: ApiRequest, headers: Record<string, string>) => {
        if (req.path === '/api/prendas/upload') sent.push(headers['Idempotency-Key'] ?? '');
        if (req.path === '/api/prendas/upload' && mode === 'offline') throw new NetworkError();
        if (req.path === '/api/prendas/upload' && mode === 'error')
          return { status: 500, body: { error: 'boom', code: 'internal' } };
        return api.transport(req, headers);
      },
    } as unknown as FakeApi;
    let mode: 'offline' | 'error' | 'ok' = 'offline';
    renderApp('/add', wrapped);
    await userEvent.upload(await screen.findByTestId('file-input'), [photo('shirt-1.jpg')]);
    const item = await screen.findByTestId('add-item');
    const save = () =>
      userEvent.click(within(item).getByRole('button', { name: 'Save to wardrobe' }));
    await within(item).findByRole('button', { name: 'Save to wardrobe' });
    await save();
    await within(item).findByText(/can’t reach the server/);
    mode = 'error';
    await save();
    await within(item).findByText(/server had a problem/);
    mode = 'ok';
    await save();
    await within(item).findByText('Saved to your wardrobe.');
    expect(sent).toHaveLength(3);
    expect(sent[0]).toBeTruthy();
    expect(sent[1]).toBe(sent[0]);
    expect(sent[2]).not.toBe(sent[1]);
  });

  it('a double click on Save outfit saves it once, with a key', async () => {
    const api = new FakeApi();
    api.garments = [garment('T-shirt'), garment('Pants'), garment('Shoes')];
    renderApp('/outfits', api);
    await userEvent.click(await screen.findByRole('button', { name: 'Suggest outfits' }));
    const [card] = await screen.findAllByTestId('outfit-card');
    const save = within(card!).getByRole('button', { name: 'Save outfit' });
    let release!: () => void;
    api.gate = new Promise((r) => (release = r));
    fireEvent.click(save);
    fireEvent.click(save);
    release();
    api.gate = null;
    await within(card!).findByRole('link', { name: 'Saved' });
    const posts = api.requests('POST', '/api/outfits/save');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers['Idempotency-Key']).toBeTruthy();
    expect(api.outfits).toHaveLength(1);
  });
});
