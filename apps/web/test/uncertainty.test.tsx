/** Honest about uncertainty: unsure, disputed or not-a-garment answers ask for a look first. */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TIPO_BY_CLASS } from '@fashion/core';
import type { ClassName } from '@fashion/core';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';
import type { ApiRequest } from '../src/api/transport.ts';

const photo = (name: string) =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], name, { type: 'image/jpeg' });

function answer(model: 'cnn' | 'vit', clase: ClassName, confianza: number, extra = {}) {
  return {
    status: 200,
    body: {
      clase: 0,
      clase_nombre: clase,
      tipo: TIPO_BY_CLASS[clase],
      confianza,
      color: 'blanco',
      top3: [{ clase_nombre: clase, confianza, tipo: TIPO_BY_CLASS[clase] }],
      model,
      model_file: `${model}.onnx`,
      ...extra,
    },
  };
}

/** `doubtful.jpg` gets T-shirt 36 % (CNN) vs Dress 24 % (ViT); `cam.jpg` is "not a garment". */
function api(): FakeApi {
  const a = new FakeApi();
  a.intercept = (req: ApiRequest) => {
    if (!req.path.startsWith('/api/classify')) return undefined;
    const name = (req.form?.get('imagen') as File).name;
    const m = req.path.endsWith('vit') ? 'vit' : 'cnn';
    if (name === 'doubtful.jpg')
      return m === 'cnn' ? answer('cnn', 'T-shirt', 0.36) : answer('vit', 'Dress', 0.24);
    if (name === 'cam.jpg') return answer(m, 'T-shirt', 0.85, { no_prenda: true });
    return undefined;
  };
  return a;
}

describe('honest about uncertainty', () => {
  it('flags disagreement and low confidence, sorts it first, Save all saves only the sure ones', async () => {
    const fake = api();
    renderApp('/add', fake);
    await userEvent.upload(await screen.findByTestId('file-input'), [
      photo('shirt-1.jpg'),
      photo('pants-1.jpg'),
      photo('doubtful.jpg'),
    ]);
    await waitFor(() =>
      expect(screen.getAllByTestId('add-item').every((i) => i.dataset.stage === 'review')).toBe(
        true,
      ),
    );
    const items = screen.getAllByTestId('add-item');
    // The doubtful photo comes first, titled by what it is, and says why it is in doubt.
    expect(items[0]).toHaveAttribute('aria-label', 'doubtful.jpg');
    expect(within(items[0]!).getByTestId('item-title')).toHaveTextContent('T-shirt · White');
    const note = within(items[0]!).getByTestId('doubt');
    expect(note).toHaveTextContent('Not sure: take a look before saving');
    expect(note).toHaveTextContent(
      'The two models disagree: CNN says T-shirt (36 %); Vision Transformer says Dress (24 %).',
    );
    expect(note).toHaveTextContent('The best answer is only 36 % sure.');
    expect(screen.getByText('1 photo needs a look before saving.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save all (2)' }));
    await waitFor(() => expect(fake.garments).toHaveLength(2));
    expect(fake.garments.map((g) => g.clase_nombre).sort()).toEqual(['Pants', 'Shirt']);
    expect(within(items[0]!).getByRole('button', { name: 'Save to wardrobe' })).toBeEnabled();

    // "Looks right" confirms it: saved as confirmed.
    await userEvent.click(within(items[0]!).getByRole('button', { name: 'Looks right' }));
    expect(within(items[0]!).queryByTestId('doubt')).toBeNull();
    // Checked, it stays where the person is looking rather than jumping down the list.
    expect(screen.getAllByTestId('add-item')[0]).toHaveAttribute('aria-label', 'doubtful.jpg');
    await userEvent.click(within(items[0]!).getByRole('button', { name: 'Save to wardrobe' }));
    await waitFor(() => expect(fake.garments).toHaveLength(3));
    expect(fake.garments[0]).toMatchObject({ clase_nombre: 'T-shirt', confirmado: true });
  });

  it('asks "not a garment?" when the service says so, and "Not clothing" discards it', async () => {
    const fake = api();
    renderApp('/add', fake);
    await userEvent.upload(await screen.findByTestId('file-input'), [photo('cam.jpg')]);
    const item = await screen.findByTestId('add-item');
    expect(await within(item).findByText('Not a garment?')).toBeInTheDocument();
    await userEvent.click(within(item).getByRole('button', { name: 'Not clothing: discard' }));
    expect(screen.queryByTestId('add-item')).toBeNull();
    expect(fake.garments).toHaveLength(0);
  });

  it('a sure answer carries no flag', async () => {
    renderApp('/add', api());
    await userEvent.upload(await screen.findByTestId('file-input'), [photo('shirt-1.jpg')]);
    const item = await screen.findByTestId('add-item');
    await within(item).findByTestId('result-vit');
    expect(within(item).queryByTestId('doubt')).toBeNull();
    expect(within(item).getByTestId('item-title')).toHaveTextContent('Shirt · Blue');
  });
});
