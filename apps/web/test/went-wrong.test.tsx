/** When things go wrong the add screen says what is true, in the UI language. */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';
import { NetworkError } from '../src/api/transport.ts';
import type { ApiRequest } from '../src/api/transport.ts';

const photo = (name: string, bytes = 6) =>
  new File([new Uint8Array(bytes).fill(0xff)], name, { type: 'image/jpeg' });

describe('when things go wrong on the add screen', () => {
  it('offline, it does not promise a save that cannot happen', async () => {
    const api = new FakeApi();
    renderApp('/add', {
      transport: async (req: ApiRequest, headers: Record<string, string>) => {
        if (req.method === 'POST') throw new NetworkError();
        return api.transport(req, headers);
      },
    } as unknown as FakeApi);
    await userEvent.upload(await screen.findByTestId('file-input'), [photo('shirt-1.jpg')]);
    const item = await screen.findByTestId('add-item');
    expect(await within(item).findByText('The server can’t be reached')).toBeInTheDocument();
    expect(within(item).queryByText(/you can still save it/)).toBeNull();
  });

  it('refuses a file over the upload limit before sending anything', async () => {
    const api = new FakeApi();
    renderApp('/add', api);
    await userEvent.upload(await screen.findByTestId('file-input'), [
      photo('huge.jpg', 10 * 1024 * 1024 + 1),
      photo('ok.jpg'),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'huge.jpg is larger than 10 MB, the most the server accepts',
    );
    expect(await screen.findAllByTestId('add-item')).toHaveLength(1);
    const sent = api.log.filter((l) => l.method === 'POST');
    expect(sent.every((l) => (l.body as FormData).get('imagen') instanceof File)).toBe(true);
    expect(sent.map((l) => ((l.body as FormData).get('imagen') as File).name)).not.toContain(
      'huge.jpg',
    );
  });

  it('a bad file is explained in Spanish by its code, not with the server’s English', async () => {
    const api = new FakeApi();
    api.intercept = (req) =>
      req.path.startsWith('/api/classify')
        ? { status: 400, body: { error: 'imagen: the file is empty', code: 'image_empty' } }
        : undefined;
    renderApp('/add', api, 'es');
    await userEvent.upload(await screen.findByTestId('file-input'), [photo('roto.jpg')]);
    const item = await screen.findByTestId('add-item');
    expect(
      await within(item).findByText('Ese archivo está vacío. Elige otra foto.'),
    ).toBeInTheDocument();
    expect(within(item).queryByText(/the file is empty/)).toBeNull();
  });
});
