/**
 * End-to-end tests in a real browser (Debian's Chromium, no browser download) against the real
 * embedded server, which e2e/global-setup.ts builds (if needed) and starts on a free port.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  // One shared server and two cores: one test at a time.
  workers: 1,
  fullyParallel: false,
  // The CI machine is 2 shared cores; one retry absorbs a timing hiccup, a real bug fails twice.
  // Everywhere, not only where CI is set: a fresh-clone `.ci/run` does not set it (a retry that
  // passes is reported as flaky, not hidden).
  retries: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../.artifacts/playwright',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1280, height: 860 },
    // The PWA's service worker would answer requests the tests route or abort themselves; only
    // the offline spec lets it run.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
