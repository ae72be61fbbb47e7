/** Settings: the stylist's free-text style and the currency of new prices (issue #14). */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render.tsx';
import { FakeApi } from './fake-api.ts';

const SAVE = 'Save profile and preferences';

describe('settings: style for the stylist and currency', () => {
  it('shows what is saved, edits both and saves them with the profile', async () => {
    const api = new FakeApi();
    api.profile = { ...api.profile, style_preference: 'Earth tones', moneda: 'EUR' };
    renderApp('/settings', api);
    const style = await screen.findByRole('textbox', { name: 'Your style, in your words' });
    expect(style).toHaveValue('Earth tones');
    expect(screen.getByText('11 / 1000')).toBeInTheDocument();
    const currency = screen.getByRole('combobox', { name: 'Currency of new prices' });
    expect(currency).toHaveValue('EUR');
    expect(screen.getByRole('option', { name: /^USD — US Dollar$/i })).toBeInTheDocument();

    await userEvent.type(style, ', no heels');
    await userEvent.selectOptions(currency, 'USD');
    expect(screen.getByText('21 / 1000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: SAVE }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    const [put] = api.requests('PUT', '/api/me/preferences');
    expect(put!.body).toMatchObject({ style_preference: 'Earth tones, no heels', moneda: 'USD' });
    expect(api.profile).toMatchObject({ style_preference: 'Earth tones, no heels', moneda: 'USD' });
  });

  it('keeps the text within the server’s 1,000 characters and can clear it', async () => {
    const api = new FakeApi();
    renderApp('/settings', api);
    const style = await screen.findByRole('textbox', { name: 'Your style, in your words' });
    fireEvent.change(style, { target: { value: 'x'.repeat(1200) } });
    expect((style as HTMLTextAreaElement).value).toHaveLength(1000);
    expect(screen.getByText('1000 / 1000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: SAVE }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(api.profile.style_preference).toHaveLength(1000);

    // Saving remounts the form with the saved profile: find the field again.
    const saved = screen.getByRole('textbox', { name: 'Your style, in your words' });
    expect(saved).toHaveValue('x'.repeat(1000));
    await userEvent.clear(saved);
    await userEvent.click(screen.getByRole('button', { name: SAVE }));
    await screen.findAllByText('Settings saved.');
    expect(api.requests('PUT', '/api/me/preferences')).toHaveLength(2);
    expect(api.profile.style_preference).toBe('');
  });

  it('keeps a saved currency that is not among the common ones', async () => {
    const api = new FakeApi();
    api.profile = { ...api.profile, moneda: 'THB' };
    renderApp('/settings', api);
    const currency = await screen.findByRole('combobox', { name: 'Currency of new prices' });
    expect(currency).toHaveValue('THB');
  });

  it('speaks Spanish, currency names included', async () => {
    const api = new FakeApi();
    renderApp('/settings', api, 'es');
    expect(
      await screen.findByRole('heading', { name: 'Estilista y precios', level: 2 }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Tu estilo, con tus palabras' }),
    ).toBeInTheDocument();
    const currency = screen.getByRole('combobox', { name: 'Moneda de los precios nuevos' });
    expect(currency).toHaveValue('EUR');
    expect(screen.getByRole('option', { name: /^EUR — euro$/i })).toBeInTheDocument();
  });
});
