/** The route table: each screen is its own lazily loaded chunk. */
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

export interface Route {
  path: string;
  page: Page;
}

export const routes: Route[] = [
  { path: '/wardrobe', page: lazy(() => import('./features/wardrobe/WardrobePage.tsx')) },
  { path: '/garments/:id', page: lazy(() => import('./features/garment/GarmentPage.tsx')) },
  { path: '/add', page: lazy(() => import('./features/add/AddPage.tsx')) },
  { path: '/outfits', page: lazy(() => import('./features/outfits/OutfitsPage.tsx')) },
  { path: '/saved', page: lazy(() => import('./features/saved/SavedPage.tsx')) },
  { path: '/saved/:id', page: lazy(() => import('./features/saved/SavedOutfitPage.tsx')) },
  { path: '/settings', page: lazy(() => import('./features/settings/SettingsPage.tsx')) },
  { path: '/model', page: lazy(() => import('./features/model/ModelPage.tsx')) },
];
