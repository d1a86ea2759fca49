import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    // A real browser on a 2-core machine: one retry absorbs a rare timing flake (seen once in
    // ~10 runs of the brainstorm test); a test that fails twice still fails the run.
    retry: 1,
  },
})
