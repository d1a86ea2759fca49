import { defineConfig } from 'vitest/config'

/** Runs only the projector paint bench (kept out of the normal test run); needs `electron-vite build` first. */
export default defineConfig({
  test: { include: ['bench/projectorPaint.bench.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 60_000 },
})
