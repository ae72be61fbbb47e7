/**
 * The route table: each screen is its own lazily loaded chunk. A chunk that failed to load (server
 * down, app redeployed) can be tried again: `reset()` makes a fresh lazy component, since React
 * keeps a failed one failed. Once the app has started, every chunk is fetched while idle, so a
 * screen opened later does not depend on the server still being there; but not the insights
 * screen, whose chart library alone is about 100 KB gzip (the service worker keeps it for
 * offline use anyway).
 */
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

type PageProps = { params: Record<string, string> };
type Loader = () => Promise<{ default: ComponentType<PageProps> }>;
type Page = LazyExoticComponent<ComponentType<PageProps>>;

export interface Route {
  path: string;
  page: () => Page;
  load: Loader;
  /** Fetched while idle after start-up (default). */
  idle: boolean;
}

const pages = new Map<string, Page>();

function route(path: string, load: Loader, { idle = true } = {}): Route {
  return {
    path,
    load,
    idle,
    page: () => {
      let p = pages.get(path);
      if (!p) pages.set(path, (p = lazy(load)));
      return p;
    },
  };
}

export const routes: Route[] = [
  route('/wardrobe', () => import('./features/wardrobe/WardrobePage.tsx')),
  route('/garments/:id', () => import('./features/garment/GarmentPage.tsx')),
  route('/add', () => import('./features/add/AddPage.tsx')),
  route('/review', () => import('./features/review/ReviewPage.tsx')),
  route('/outfits', () => import('./features/outfits/OutfitsPage.tsx')),
  route('/saved', () => import('./features/saved/SavedPage.tsx')),
  route('/saved/:id', () => import('./features/saved/SavedOutfitPage.tsx')),
  route('/calendar', () => import('./features/calendar/CalendarPage.tsx')),
  route('/trips', () => import('./features/trips/TripsPage.tsx')),
  route('/trips/:id', () => import('./features/trips/TripPage.tsx')),
  route('/settings', () => import('./features/settings/SettingsPage.tsx')),
  route('/categories', () => import('./features/categories/CategoriesPage.tsx')),
  route('/insights', () => import('./features/insights/InsightsPage.tsx'), { idle: false }),
  route('/model', () => import('./features/model/ModelPage.tsx')),
  route('/stylist', () => import('./features/stylist/StylistPage.tsx')),
];

/** Forget the lazy components, so the next render loads their chunks again. */
export function resetPages(): void {
  pages.clear();
}

/** Fetch every screen's chunk in the background; a failure here is retried when it is opened. */
export function precachePages(): void {
  for (const r of routes) if (r.idle) r.load().catch(() => {});
}
