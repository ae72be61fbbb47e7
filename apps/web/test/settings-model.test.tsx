import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';
import { api as callApi, ApiError, setTokenGetter, setTransport } from '../src/api/client.ts';

describe('settings', () => {
  it('validates the profile ranges before sending, then saves profile and preferences', async () => {
    const api = new FakeApi();
    api.profile = { ...api.profile, edad: 30, altura: 172 };
    renderApp('/settings', api);
    expect(await screen.findByText(/without an account/)).toBeInTheDocument();
    expect(await screen.findByText('anonymous')).toBeInTheDocument();
    const age = await screen.findByRole('spinbutton', { name: 'Age' });
    expect(age).toHaveValue(30);
    await userEvent.clear(age);
    await userEvent.type(age, '130');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Weight (kg)' }), '19');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile and preferences' }));
    expect(screen.getByText('Enter a number from 0 to 120.')).toBeInTheDocument();
    expect(screen.getByText('Enter a number from 20 to 400.')).toBeInTheDocument();
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests('PUT', '/api/me/preferences')).toHaveLength(0);

    await userEvent.clear(age);
    await userEvent.type(age, '31');
    await userEvent.clear(screen.getByRole('spinbutton', { name: 'Weight (kg)' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Weight (kg)' }), '64.5');
    await userEvent.click(screen.getByRole('radio', { name: 'Colourful' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save profile and preferences' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(api.profile).toMatchObject({ edad: 31, altura: 172, peso: 64.5, estilo: 'colorido' });
  });

  it("shows a never-saved profile ('' = not chosen, as the server answers) with the defaults picked", async () => {
    const api = new FakeApi();
    expect(api.profile).toMatchObject({ ocasion: '', estilo: '' });
    renderApp('/settings', api);
    expect(await screen.findByRole('radio', { name: 'Casual' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Minimal' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Save profile and preferences' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(api.profile).toMatchObject({ ocasion: 'casual', estilo: 'minimalista' });
  });

  it('the header pill shows the name once it is saved', async () => {
    const api = new FakeApi();
    renderApp('/settings', api);
    const pill = await screen.findByRole('link', { name: 'Settings: Anonymous' });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Name' }), 'Ana');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile and preferences' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    await waitFor(() => expect(pill).toHaveTextContent('Ana'));
    expect(pill).toHaveAccessibleName('Settings: Ana');
  });

  it('switches language and theme on this device', async () => {
    renderApp('/settings');
    await userEvent.click(await screen.findByRole('radio', { name: 'Español' }));
    expect(await screen.findByRole('heading', { name: 'Ajustes', level: 1 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('fashion.lang')).toBe('es');
    await userEvent.click(screen.getByRole('radio', { name: 'Oscuro' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('fashion.theme')).toBe('dark');
  });
});

describe('model screen', () => {
  it('shows accuracy, per-class recall and the confusion matrix; says when a model has none', async () => {
    const api = new FakeApi();
    api.metrics.cnn = {
      accuracy: 0.874,
      macro_f1: 0.861,
      per_class: {
        Dress: { precision: 0.9, recall: 0.8, f1: 0.85, support: 10 },
        Hat: { precision: 1, recall: 0.95, f1: 0.97, support: 20 },
      },
      labels: ['Dress', 'Hat'],
      confusion_matrix: [
        [8, 2],
        [1, 19],
      ],
    };
    renderApp('/model', api);
    const cnn = await screen.findByRole('region', { name: 'CNN' });
    expect(await within(cnn).findByText('87.4%')).toBeInTheDocument();
    expect(within(cnn).getByText('86.1%')).toBeInTheDocument();
    expect(within(cnn).getAllByRole('rowheader', { name: 'Hat' })).toHaveLength(2);
    expect(within(cnn).getByText('95.0%')).toBeInTheDocument();
    expect(within(cnn).getByRole('cell', { name: '19' })).toBeInTheDocument();
    expect(within(cnn).getByText('Loaded')).toBeInTheDocument();
    const vit = screen.getByRole('region', { name: 'Vision Transformer' });
    expect(await within(vit).findByText(/No metrics yet/)).toBeInTheDocument();
    expect(within(vit).getByText('Not loaded')).toBeInTheDocument();
  });
});

describe('model screen in Spanish', () => {
  it('writes numbers the Spanish way and leaves no English labels', async () => {
    const api = new FakeApi();
    api.metrics.cnn = {
      accuracy: 0.874,
      macro_f1: 0.861,
      per_class: { Hat: { precision: 1, recall: 0.95, f1: 0.97, support: 20 } },
    };
    renderApp('/model', api, 'es');
    const cnn = await screen.findByRole('region', { name: 'CNN' });
    expect(await within(cnn).findByText('87,4 %')).toBeInTheDocument();
    expect(within(cnn).getByText('95,0 %')).toBeInTheDocument();
    expect(within(cnn).getByText('Media F1 por prenda')).toBeInTheDocument();
    expect(cnn.textContent).not.toMatch(/87\.4|recall|macro|Top 3/i);
  });
});

describe('api client', () => {
  it('puts the access token on every call, uploads included, and surfaces the server’s error', async () => {
    const fake = new FakeApi();
    setTransport(fake.transport);
    setTokenGetter(() => Promise.resolve('tok-123'));
    await callApi({ method: 'GET', path: '/api/prendas' });
    const form = new FormData();
    form.append('imagen', new Blob(['x'], { type: 'image/jpeg' }), 'a.jpg');
    await callApi({ method: 'POST', path: '/api/classify/cnn', form, onUploadProgress: () => {} });
    expect(fake.log.map((l) => l.headers.Authorization)).toEqual([
      'Bearer tok-123',
      'Bearer tok-123',
    ]);

    const err = await callApi({
      method: 'GET',
      path: '/api/prendas/000000000000000000000abc',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, message: 'garment not found' });
    setTokenGetter(() => Promise.resolve(null));
  });

  it('lets nothing through unauthenticated pages silently: a 401 asks to sign in again', async () => {
    const api = new FakeApi();
    api.intercept = () => ({ status: 401, body: { error: 'missing bearer token' } });
    renderApp('/wardrobe', api);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has ended. Please sign in again.');
    await waitFor(() => expect(alert).toHaveTextContent('missing bearer token'));
  });
});
