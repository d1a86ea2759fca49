import { defineConfig } from 'vitest/config'

/** Runs only the photo storage benchmark (kept out of the normal test run; needs a build). */
export default defineConfig({
  test: { include: ['bench/photoStorage.bench.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 120_000 },
})
