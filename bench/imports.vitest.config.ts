import { defineConfig } from 'vitest/config'

/** Runs only the imports bench (kept out of the normal test run); needs `electron-vite build` first. */
export default defineConfig({
  test: { include: ['bench/imports.bench.test.ts'], environment: 'node', testTimeout: 900_000, hookTimeout: 120_000 },
})
