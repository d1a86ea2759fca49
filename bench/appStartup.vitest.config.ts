import { defineConfig } from 'vitest/config'

/** Runs only the app start-up benchmark (kept out of the normal test run; needs a build). */
export default defineConfig({
  test: { include: ['bench/appStartup.bench.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 120_000 },
})
