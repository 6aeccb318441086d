import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (see README).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // One worker in CI: each test runs a host, a worker thread and Chromium, and CI has two cores.
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    screenshot: 'only-on-failure',
  },
});
