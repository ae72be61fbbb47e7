import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { PackingList } from '../src/features/trips/PackingList.tsx';
import { createQueryClient, Providers } from '../src/providers.tsx';
import { setTokenGetter, setTransport } from '../src/api/client.ts';
import type { ApiRequest } from '../src/api/transport.ts';
import { garment, tripPacking } from './fake-api.ts';

const shirt = garment('Shirt');
const pants = garment('Pants');
const trip = tripPacking([shirt, pants]);

describe('packing list', () => {
  it('shows each tick the moment it is clicked, while the writes are still on their way', () => {
    const sent: ApiRequest[] = [];
    setTransport((req) => {
      sent.push(req);
      return new Promise(() => {}); // the server never answers in this test
    });
    setTokenGetter(() => Promise.resolve(null));
    render(
      <Providers client={createQueryClient()} lang="en">
        <PackingList trip={trip} />
      </Providers>,
    );
    const [first, second] = screen.getAllByRole('checkbox');
    // No waiting: a controlled checkbox whose state changes only a tick later is put back by
    // React right after the click, which is what a quick second click (or a test) then reads.
    fireEvent.click(first!);
    expect(first).toBeChecked();
    fireEvent.click(second!);
    expect(second).toBeChecked();
    expect(first).toBeChecked();
    expect(screen.getByTestId('packed-count')).toHaveTextContent('2 of 2 packed');
  });
});
