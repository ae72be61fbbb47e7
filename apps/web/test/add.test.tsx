import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GarmentFieldsSchema } from '@fashion/core';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';

const photo = (name: string, type = 'image/jpeg') =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], name, { type });

function uploadedFields(api: FakeApi) {
  return api.requests('POST', '/api/prendas/upload').map((r) => {
    const form = r.body as FormData;
    expect(form.get('imagen')).toBeInstanceOf(Blob);
    const fields: Record<string, unknown> = {};
    for (const [k, v] of form.entries()) {
      if (k === 'imagen') continue;
      fields[k] = k === 'ocasion' ? JSON.parse(String(v)) : k === 'confirmado' ? v === 'true' : v;
    }
    return GarmentFieldsSchema.parse(fields);
  });
}

describe('add garments', () => {
  it('uploads each photo with progress, shows both models, lets the person correct, saves', async () => {
    const api = new FakeApi();
    let release!: () => void;
    api.gate = new Promise((r) => (release = r));
    renderApp('/add', api);
    const input = await screen.findByTestId('file-input');
    expect(input).toHaveAttribute('accept', expect.stringContaining('image/heic'));
    await userEvent.upload(input, [photo('shirt-1.jpg'), photo('pants-1.jpg')]);

    const items = await screen.findAllByTestId('add-item');
    expect(items).toHaveLength(2);
    // Both uploads are done and the classifiers are thinking.
    const bar = within(items[0]!).getByRole('progressbar', { name: 'Upload of shirt-1.jpg' });
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(within(items[0]!).getByText('Recognising…')).toBeInTheDocument();
    release();
    api.gate = null;

    const cnn = await within(items[0]!).findByTestId('result-cnn');
    const vit = within(items[0]!).getByTestId('result-vit');
    expect(cnn).toHaveTextContent('Shirt');
    expect(cnn).toHaveTextContent('72 %');
    expect(vit).toHaveTextContent('91 %');
    expect(vit).toHaveTextContent('Blue');
    // The more confident model is chosen.
    expect(within(vit).getByRole('button', { name: 'Chosen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(api.requests('POST', '/api/classify/cnn')).toHaveLength(2);
    expect(api.requests('POST', '/api/classify/vit')).toHaveLength(2);

    // Correct the first photo: a long-sleeve top, for work.
    await userEvent.selectOptions(
      within(items[0]!).getByRole('combobox', { name: 'Garment' }),
      'Longsleeve',
    );
    expect(within(items[0]!).getByRole('combobox', { name: 'Type' })).toHaveValue('superior');
    await userEvent.click(within(items[0]!).getByRole('button', { name: 'Work' }));
    await userEvent.click(within(items[0]!).getByRole('button', { name: 'Save to wardrobe' }));
    expect(await within(items[0]!).findByText('Saved to your wardrobe.')).toBeInTheDocument();

    const [first] = uploadedFields(api);
    expect(first).toMatchObject({
      clase_nombre: 'Longsleeve',
      tipo: 'superior',
      color: 'azul',
      color_hex: '#2f5d9e',
      confirmado: true,
      ocasion: ['trabajo'],
    });
    expect(api.garments[0]!.clase_nombre).toBe('Longsleeve');

    // The second photo is saved as the model saw it (not confirmed).
    await userEvent.click(within(items[1]!).getByRole('button', { name: 'Save to wardrobe' }));
    await within(items[1]!).findByText('Saved to your wardrobe.');
    expect(uploadedFields(api)[1]).toMatchObject({
      clase_nombre: 'Pants',
      tipo: 'inferior',
      confirmado: false,
      modelo: 'vit',
    });
    await userEvent.click(screen.getByRole('link', { name: 'Go to wardrobe' }));
    expect(await screen.findByText('2 garments')).toBeInTheDocument();
  });

  it('lets the person pick the class and colour when no classifier is available (503)', async () => {
    const api = new FakeApi();
    api.classifier = 'unavailable';
    renderApp('/add', api);
    await userEvent.upload(await screen.findByTestId('file-input'), photo('IMG_0042.jpg'));
    const item = await screen.findByTestId('add-item');
    expect(
      await within(item).findByText('Automatic recognition is not available right now'),
    ).toBeInTheDocument();
    expect(within(item).getByText(/no classifier model is loaded/)).toBeInTheDocument();
    const save = within(item).getByRole('button', { name: 'Save to wardrobe' });
    expect(save).toBeDisabled();
    await userEvent.selectOptions(within(item).getByRole('combobox', { name: 'Garment' }), 'Skirt');
    await userEvent.selectOptions(within(item).getByRole('combobox', { name: 'Colour' }), 'rojo');
    expect(save).toBeEnabled();
    await userEvent.click(save);
    await within(item).findByText('Saved to your wardrobe.');
    expect(uploadedFields(api)[0]).toMatchObject({
      clase_nombre: 'Skirt',
      tipo: 'inferior',
      color: 'rojo',
      modelo: 'manual',
      confirmado: true,
    });
  });

  it('keeps the other fields under "More details" and sends what the person fills in', async () => {
    const api = new FakeApi();
    api.classifier = 'unavailable';
    renderApp('/add', api);
    await userEvent.upload(await screen.findByTestId('file-input'), photo('IMG_0043.jpg'));
    const item = await screen.findByTestId('add-item');
    await userEvent.selectOptions(
      await within(item).findByRole('combobox', { name: 'Garment' }),
      'Pants',
    );
    await userEvent.selectOptions(within(item).getByRole('combobox', { name: 'Colour' }), 'gris');
    const more = within(item).getByText('More details').closest('details')!;
    expect(more).not.toHaveAttribute('open');
    await userEvent.click(within(item).getByText('More details'));
    await userEvent.selectOptions(
      within(more).getByRole('combobox', { name: 'Warmth' }),
      'abrigada',
    );
    await userEvent.click(within(item).getByRole('button', { name: 'Save to wardrobe' }));
    await within(item).findByText('Saved to your wardrobe.');
    expect(uploadedFields(api)[0]).toMatchObject({ clase_nombre: 'Pants', calidez: 'abrigada' });
  });

  it('accepts dropped photos (HEIC too), skips other files, saves all at once', async () => {
    const api = new FakeApi();
    renderApp('/add', api);
    const zone = await screen.findByTestId('dropzone');
    fireEvent.drop(zone, {
      dataTransfer: {
        files: [
          photo('dress.heic', ''),
          photo('notes.txt', 'text/plain'),
          photo('shoes.png', 'image/png'),
        ],
      },
    });
    expect(
      await screen.findByText('notes.txt is not an image, so it was skipped.'),
    ).toBeInTheDocument();
    const items = await screen.findAllByTestId('add-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText(/No preview for this format/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Save all (2)' }));
    await waitFor(() => expect(api.garments).toHaveLength(2));
    expect(api.garments.map((g) => g.clase_nombre).sort()).toEqual(['Dress', 'Shoes']);
  });

  it('shows the server’s reason when a save fails, and keeps the choice to retry', async () => {
    const api = new FakeApi();
    api.intercept = (req) =>
      req.path === '/api/prendas/upload'
        ? { status: 413, body: { error: 'image larger than 15 MB' } }
        : undefined;
    renderApp('/add', api);
    await userEvent.upload(await screen.findByTestId('file-input'), photo('hat.jpg'));
    const item = await screen.findByTestId('add-item');
    await userEvent.click(await within(item).findByRole('button', { name: 'Save to wardrobe' }));
    const alert = await within(item).findByRole('alert');
    expect(alert).toHaveTextContent('That file is too large');
    expect(alert).toHaveTextContent('image larger than 15 MB');
    expect(within(item).getByRole('button', { name: 'Save to wardrobe' })).toBeEnabled();
  });

  it('waits and retries when the server says it is too busy (429)', async () => {
    const api = new FakeApi();
    let refused = 0;
    api.intercept = (req) => {
      if (req.path === '/api/classify/cnn' && refused === 0) {
        refused += 1;
        return { status: 429, body: { error: 'too many requests: try again in 1 s' } };
      }
      return undefined;
    };
    renderApp('/add', api);
    await userEvent.upload(await screen.findByTestId('file-input'), photo('shoes.jpg'));
    const item = await screen.findByTestId('add-item');
    const cnn = await within(item).findByTestId('result-cnn', {}, { timeout: 4000 });
    expect(cnn).toHaveTextContent('Shoes');
    expect(refused).toBe(1);
    expect(api.requests('POST', '/api/classify/cnn')).toHaveLength(2);
  });
});
