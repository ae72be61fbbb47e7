import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    name: '@fashion/web',
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
    // Two cores shared by the whole team: typing-heavy UI tests need headroom when it is busy.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
