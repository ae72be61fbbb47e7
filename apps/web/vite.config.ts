import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

/** GET requests to the API (same origin or the configured API origin), the export excepted. */
const apiRead = ({ url, request }: { url: URL; request: Request }) =>
  request.method === 'GET' &&
  url.pathname.startsWith('/api/') &&
  !url.pathname.startsWith('/api/images/') &&
  url.pathname !== '/api/export';

/**
 * An installable PWA whose service worker keeps the app shell, and the last answers of the API's
 * reads, for offline use: the network is always asked first, so online nothing changes; offline
 * the wardrobe, outfits, plans and trips show as last synced. Photos are kept as they are seen.
 * Changes made offline wait in TanStack Query (paused mutations) until the network is back.
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
  manifest: {
    name: 'Fashion AI',
    short_name: 'Fashion AI',
    description: 'Your wardrobe, recognised and dressed by AI.',
    lang: 'en',
    start_url: '/wardrobe',
    scope: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    theme_color: '#1c1917',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//],
    runtimeCaching: [
      {
        urlPattern: apiRead,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'api-reads',
          expiration: { maxEntries: 300 },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        urlPattern: ({ request }) => request.destination === 'image',
        handler: 'CacheFirst',
        options: {
          cacheName: 'images',
          expiration: { maxEntries: 3000, maxAgeSeconds: 60 * 24 * 3600 },
          cacheableResponse: { statuses: [0, 200] },
        },
      },
    ],
  },
});

// The SPA talks only to the API. In dev, /api goes to a locally running server (npm start).
export default defineConfig({
  plugins: [react(), tailwindcss(), pwa],
  server: {
    proxy: { '/api': process.env.VITE_DEV_API ?? 'http://127.0.0.1:8080' },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // @fashion/core is runtime-free and side-effect free: importing the taxonomy must not
        // drag its zod schemas (contracts.ts) into the bundle.
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/]core[\\/]src[\\/]/.test(id),
      },
    },
  },
});
