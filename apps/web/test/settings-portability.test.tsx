/** Settings' "Your data": the export downloaded with the token, the import's progress and result. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setTokenGetter } from '../src/api/client.ts';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';

const zipFile = (name = 'fashion-ai-2026-12-06.zip') =>
  new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { type: 'application/zip' });

let clicked: HTMLAnchorElement[];
let made: Blob[];

beforeEach(() => {
  clicked = [];
  made = [];
  // jsdom has no object URLs and does not download: record what would be saved.
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        made.push(b);
        return `blob:test/${made.length}`;
      },
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('settings: export and import', () => {
  it('downloads the export as a file, the request carrying the access token', async () => {
    const api = new FakeApi();
    renderApp('/settings', api);
    setTokenGetter(() => Promise.resolve('token-1'));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Download my wardrobe' }, { timeout: 5000 }),
    );
    expect(await screen.findByText('Your wardrobe was downloaded')).toBeInTheDocument();
    const [req] = api.requests('GET', '/api/export');
    expect(req!.headers['Authorization']).toBe('Bearer token-1');
    expect(made).toEqual([api.exportZip]);
    expect(clicked).toHaveLength(1);
    // The server's name (Content-Disposition), not one the browser makes up.
    expect(clicked[0]!.download).toBe('fashion-ai-2026-01-02.zip');
    expect(clicked[0]!.href).toBe('blob:test/1');
  });

  it('a failed export says so in words, and saves nothing', async () => {
    const api = new FakeApi();
    api.intercept = (r) =>
      r.path === '/api/export'
        ? { status: 503, body: { error: 'x', code: 'unavailable' } }
        : undefined;
    renderApp('/settings', api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Download my wardrobe' }, { timeout: 5000 }),
    );
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(clicked).toHaveLength(0);
  });

  it('imports a chosen ZIP with an Idempotency-Key and tells what was added', async () => {
    const api = new FakeApi();
    api.importAnswer = {
      status: 201,
      body: {
        imported: { garments: 4, outfits: 1, preferences: 0, categories: 1, wears: 2, plans: 0 },
        duplicates: 1,
      },
    };
    renderApp('/settings', api);
    const file = zipFile();
    await screen.findByLabelText(/Import a wardrobe/);
    const prefReads = api.requests('GET', '/api/me/preferences').length;
    await userEvent.upload(await screen.findByLabelText(/Import a wardrobe/), file);
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('Added: 4 garments, 1 outfit, 2 wears, 1 category.');
    expect(result).toHaveTextContent('1 garment was already here (same photo)');
    const [req] = api.requests('POST', '/api/import');
    expect((req!.body as FormData).get('file')).toBeInstanceOf(File);
    expect(((req!.body as FormData).get('file') as File).name).toBe(file.name);
    expect(req!.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    // What the import may have changed is read again (here: the preferences on screen).
    await waitFor(() =>
      expect(api.requests('GET', '/api/me/preferences').length).toBeGreaterThan(prefReads),
    );
  });

  it('a refused file is said in the person’s language (Spanish), nothing claimed as added', async () => {
    const api = new FakeApi();
    api.importAnswer = {
      status: 400,
      body: { error: 'garments.2.image: images/x.jpg is damaged', code: 'bad_request' },
    };
    renderApp('/settings', api, 'es');
    await userEvent.upload(await screen.findByLabelText(/Importar un armario/), zipFile());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Este archivo no es una exportación de Fashion AI o está dañado. No se ha importado nada.',
    );
    // The server's English words stay out of the Spanish UI.
    expect(screen.queryByText(/is damaged/)).toBeNull();
    expect(screen.queryByTestId('import-result')).toBeNull();
  });

  it('importing the same file twice: the second says nothing new was added', async () => {
    const api = new FakeApi();
    api.importAnswer = {
      status: 201,
      body: {
        imported: { garments: 0, outfits: 0, wears: 0 },
        duplicates: 3,
        skipped: [{ _id: 'a'.repeat(24), reason: 'the image answered 404' }],
      },
    };
    renderApp('/settings', api);
    await userEvent.upload(await screen.findByLabelText(/Import a wardrobe/), zipFile());
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('Nothing new');
    expect(result).toHaveTextContent('3 garments were already here');
    // From the original system's data: a photo that could not be downloaded.
    expect(result).toHaveTextContent('1 garment was left out: its photo could not be downloaded.');
  });
});
