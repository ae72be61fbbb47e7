import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from './render.tsx';
import { FakeApi, garment } from './fake-api.ts';

describe('garment colours', () => {
  const measured = () =>
    garment('Shirt', {
      color: 'azul',
      color_hex: '#2f5d9e',
      color_origen: 'recorte',
      color_proporcion: 0.64,
      colores_secundarios: [
        { color: 'blanco', hex: '#f4f4f2', proporcion: 0.25 },
        { color: 'rojo', hex: '#c62828', proporcion: 0.11 },
      ],
      estampado_sugerido: 'rayas',
    });

  it('shows the measured colours with their shares and the suggested pattern (EN)', async () => {
    const api = new FakeApi();
    api.garments = [measured()];
    renderApp(`/garments/${api.garments[0]!._id}`, api);
    const section = await screen.findByTestId('garment-colours');
    expect(section).toHaveTextContent('Blue · 64 % of the garment');
    expect(section).toHaveTextContent('White · 25 % of the garment');
    expect(section).toHaveTextContent('Red · 11 % of the garment');
    expect(section).toHaveTextContent('Measured on the cut-out');
    expect(section).toHaveTextContent('The pixels suggest: Stripes');
  });

  it('says nothing of a pattern the person already set, nor for a garment never measured', async () => {
    const api = new FakeApi();
    const g = { ...measured(), estampado: 'floral' as const, color_origen: 'persona' as const };
    const plain = garment('Pants', { color: 'negro' });
    api.garments = [g, plain];
    const view = renderApp(`/garments/${g._id}`, api);
    const section = await screen.findByTestId('garment-colours');
    expect(section).toHaveTextContent('Named by you');
    expect(section).not.toHaveTextContent('The pixels suggest');
    view.unmount();
    renderApp(`/garments/${plain._id}`, api);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByTestId('garment-colours')).not.toBeInTheDocument();
  });

  it('speaks Spanish on the Spanish page', async () => {
    const api = new FakeApi();
    api.garments = [measured()];
    renderApp(`/garments/${api.garments[0]!._id}`, api, 'es');
    const section = await screen.findByTestId('garment-colours');
    expect(section).toHaveTextContent('Colores');
    expect(section).toHaveTextContent('Medido sobre el recorte');
    expect(section).toHaveTextContent('Los píxeles sugieren: Rayas');
  });
});
