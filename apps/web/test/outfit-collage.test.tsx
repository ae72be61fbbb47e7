import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LABEL_HEIGHT, flatLayLabels, flatLayout, type Outfit } from '@fashion/core';
import { OutfitCard } from '../src/features/outfits/OutfitCard.tsx';
import { createQueryClient, Providers } from '../src/providers.tsx';
import { imageFileName } from '../src/features/saved/image-file-name.ts';
import { FakeApi, fakeId, garment } from './fake-api.ts';
import { renderApp } from './render.tsx';

const withCutout = (g: ReturnType<typeof garment>) => ({
  ...g,
  recorte_url: `/api/images/${g._id}-cut.webp`,
});

function card(pieces: Parameters<typeof OutfitCard>[0]['pieces']) {
  return render(
    <Providers client={createQueryClient()} lang="en">
      <OutfitCard title="Look" pieces={pieces} puntuacion={80} />
    </Providers>,
  );
}

describe('outfit collage', () => {
  it('lays every cut-out where core’s flat-lay puts it, back to front', () => {
    const pieces = {
      abrigo: withCutout(garment('Outwear')),
      superior: withCutout(garment('T-shirt')),
      inferior: withCutout(garment('Pants')),
      zapatos: withCutout(garment('Shoes')),
    };
    card(pieces);
    const collage = screen.getByRole('group', { name: 'Look, laid out flat' });
    const boxes = [...collage.querySelectorAll<HTMLElement>('[data-slot]')];
    const layout = flatLayout(['abrigo', 'superior', 'inferior', 'zapatos']);
    expect(boxes.map((b) => b.dataset.slot)).toEqual(layout.map((b) => b.slot));
    boxes.forEach((b, i) => {
      expect(b.style.left).toBe(`${layout[i]!.x * 100}%`);
      expect(b.style.top).toBe(`${layout[i]!.y * 100}%`);
      expect(b.style.width).toBe(`${layout[i]!.width * 100}%`);
    });
    const coat = within(collage).getByRole('img', { name: 'Outer layer: Outerwear · Black' });
    expect(coat).toHaveAttribute('src', `/api/images/${pieces.abrigo._id}-cut.webp`);
    expect(coat).toHaveAttribute('data-cutout', 'true');
    expect(screen.queryByTestId('flatlay')).toBeNull();
    // Each piece named in the column beside it, where the PNG names it too.
    const labels = [...collage.querySelectorAll<HTMLElement>('[data-label]')];
    const spots = flatLayLabels(layout, LABEL_HEIGHT, 0.98);
    expect(labels.map((l) => l.dataset.label)).toEqual(spots.map((s) => s.slot));
    labels.forEach((l, i) => expect(l.style.top).toBe(`${spots[i]!.y * 100}%`));
    expect(labels.map((l) => [...l.children].map((c) => c.textContent))).toEqual([
      ['Outerwear', 'Black'],
      ['T-shirt', 'Black'],
      ['Trousers', 'Black'],
      ['Shoes', 'Black'],
    ]);
  });

  it('keeps the grid of photos while a piece has no cut-out (or shows its photo)', () => {
    const top = withCutout(garment('T-shirt'));
    card({ superior: top, inferior: garment('Pants') });
    expect(screen.getByTestId('flatlay')).toBeInTheDocument();
    expect(screen.queryByTestId('collage')).toBeNull();
    cleanupAnd(() => card({ superior: { ...top, mostrar_recorte: false } }));
    expect(screen.getByTestId('flatlay')).toBeInTheDocument();
  });
});

function cleanupAnd(fn: () => void) {
  document.body.innerHTML = '';
  fn();
}

function withSavedOutfit(cutouts: boolean) {
  const api = new FakeApi();
  const make = (c: Parameters<typeof garment>[0]) =>
    cutouts ? withCutout(garment(c)) : garment(c);
  const [top, bottom, shoes] = [make('T-shirt'), make('Pants'), make('Shoes')];
  api.garments = [top, bottom, shoes];
  const saved: Outfit = {
    _id: fakeId(),
    userId: 'anonymous',
    superior_id: top._id,
    inferior_id: bottom._id,
    zapatos_id: shoes._id,
    puntuacion: 70,
    ocasion: 'casual',
    explicaciones: [],
    fecha_creacion: '2025-04-03T09:00:00.000Z',
    nombre: 'Sunday café',
  };
  api.outfits = [saved];
  return { api, outfit: saved, photo: top };
}

describe('saved outfit image', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'share');
    Reflect.deleteProperty(navigator, 'canShare');
  });

  it('shows the collage, photos where there is no cut-out, and downloads the PNG', async () => {
    const { api, outfit, photo } = withSavedOutfit(false);
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    renderApp(`/saved/${outfit._id}`, api);
    const collage = await screen.findByTestId('collage');
    const top = within(collage).getByRole('img', { name: 'Top: T-shirt · Black' });
    expect(top).toHaveAttribute('src', photo.thumbnail_url);
    expect(top).not.toHaveAttribute('data-cutout');
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Download image' }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]!.download).toBe('sunday-cafe.png');
    expect(clicks[0]!.href).toMatch(/^blob:/);
    const [req] = api.requests('GET', `/api/outfits/${outfit._id}/image`);
    expect(req!.query.get('theme')).toBe('light');
    // The PNG names the garments in the app's language.
    expect(req!.query.get('lang')).toBe('en');
    expect(await screen.findByText('Image downloaded')).toBeInTheDocument();
  });

  it('shares the PNG as a file where the browser can, in the dark theme when it is on', async () => {
    const { api, outfit } = withSavedOutfit(true);
    const shared: ShareData[] = [];
    Object.assign(navigator, {
      canShare: (d: ShareData) => Boolean(d.files?.length),
      share: (d: ShareData) => {
        shared.push(d);
        return Promise.resolve();
      },
    });
    localStorage.setItem('fashion.theme', 'dark');
    renderApp(`/saved/${outfit._id}`, api, 'es');
    await userEvent.click(await screen.findByRole('button', { name: 'Compartir' }));
    await waitFor(() => expect(shared).toHaveLength(1));
    const file = shared[0]!.files![0]!;
    expect(file.name).toBe('sunday-cafe.png');
    expect(file.type).toBe('image/png');
    expect([...new Uint8Array(await file.arrayBuffer()).slice(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
    const [req] = api.requests('GET', `/api/outfits/${outfit._id}/image`);
    expect(req!.query.get('theme')).toBe('dark');
    expect(req!.query.get('lang')).toBe('es');
    expect(screen.getByRole('button', { name: 'Descargar imagen' })).toBeEnabled();
  });

  it('says so when the image cannot be made', async () => {
    const { api, outfit } = withSavedOutfit(true);
    api.intercept = (req) =>
      req.path.includes('/image?') ? { status: 503, body: { error: 'no compositor' } } : undefined;
    renderApp(`/saved/${outfit._id}`, api);
    await userEvent.click(await screen.findByRole('button', { name: 'Download image' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('names the file from the title, ASCII only', () => {
    expect(imageFileName('Mañana: ¡fiesta!', 'outfit')).toBe('manana-fiesta.png');
    expect(imageFileName('—', 'conjunto')).toBe('conjunto.png');
  });
});
