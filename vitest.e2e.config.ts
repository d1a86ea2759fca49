import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    // One Chromium for the run; each test opens its pages in a fresh context of it (see openSharedPage).
    globalSetup: ['e2e/sharedChromium.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    // One worker for every file: playwright-core and the app's modules load once instead of once per
    // file. Isolation comes from the harness: a fresh server, data folder and browser context per test.
    isolate: false,
    // No retry: a test that passes only on a second try has failed (find the race instead).
    retry: 0,
  },
})
