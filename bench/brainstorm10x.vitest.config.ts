import { defineConfig } from 'vitest/config'

/** Runs only the 10x brainstorm bench (kept out of the normal test run); needs `electron-vite build` first. */
export default defineConfig({
  test: { include: ['bench/brainstorm10x.bench.test.ts'], environment: 'node', testTimeout: 900_000, hookTimeout: 60_000 },
})
