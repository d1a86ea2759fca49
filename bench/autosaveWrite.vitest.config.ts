import { defineConfig } from 'vitest/config'

/** Runs only the autosave-write benchmark (kept out of the normal test run). */
export default defineConfig({
  test: { include: ['bench/autosaveWrite.bench.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 120_000 },
})
