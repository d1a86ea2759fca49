import { defineConfig } from 'vitest/config'

// The Electron end-to-end tests: the built app started with playwright-core's Electron support.
// scripts/test.mjs runs them only when an Electron binary is present.
export default defineConfig({
  test: {
    name: 'electron',
    environment: 'node',
    include: ['e2e/electron/**/*.electron.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
  },
})
