import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default'],
    // Each file in a fresh worker thread rather than a fresh child process: the same isolation for
    // about a fifth less CPU here (shared/: 82 s of CPU with forks, 64 s with threads), and npm test
    // runs the unit tests beside the browser tests.
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/src/**/*.test.tsx', 'renderer/venue/src/**/*.test.tsx'],
          setupFiles: ['renderer/src/testSetup.ts'],
        },
      },
      {
        // The renderer's .ts tests (the data layer, repositories, pure helpers) need IndexedDB but
        // no DOM: in Node with fake-indexeddb they skip building a jsdom window per file, about
        // 2 s each. A .ts test that needs a DOM says so on its first line: `// @vitest-environment jsdom`.
        extends: true,
        test: {
          name: 'renderer-logic',
          environment: 'node',
          include: ['renderer/src/**/*.test.ts', 'renderer/venue/src/**/*.test.ts'],
          exclude: ['renderer/src/**/*.sync.test.ts'],
          setupFiles: ['renderer/src/testSetup.ts'],
        },
      },
      {
        // Sync tests talk to a CouchDB-compatible server the run starts once on 127.0.0.1.
        extends: true,
        test: {
          name: 'renderer-sync',
          environment: 'node',
          include: ['renderer/src/**/*.sync.test.ts'],
          // Hundreds of documents over HTTP on a shared 2-core machine.
          testTimeout: 30_000,
          setupFiles: ['renderer/src/testSetup.ts'],
          globalSetup: ['e2e/couchGlobalSetup.ts'],
        },
      },
    ],
  },
})
