import { defineConfig } from 'vitest/config'

/** Runs only the long-tables bench (kept out of the normal test run); needs `electron-vite build` first. */
export default defineConfig({
  test: { include: ['bench/largeTables.bench.test.ts'], environment: 'node', testTimeout: 900_000, hookTimeout: 120_000 },
})
