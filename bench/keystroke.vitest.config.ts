import { defineConfig } from 'vitest/config'

/** Runs only the keystroke bench (kept out of the normal test run); needs `electron-vite build` first. */
export default defineConfig({
  test: { include: ['bench/keystroke.bench.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 60_000 },
})
