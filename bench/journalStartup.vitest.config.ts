import { defineConfig } from 'vitest/config'

/** Runs only the journal start-up benchmark (kept out of the normal test run). */
export default defineConfig({
  test: { include: ['bench/journalStartup.bench.test.ts'], environment: 'node', testTimeout: 600_000 },
})
