import { defineConfig } from 'vitest/config'

/** Runs only the report benchmark (kept out of the normal test run). */
export default defineConfig({
  test: { include: ['bench/report.bench.test.ts'], environment: 'node', testTimeout: 300_000 },
})
