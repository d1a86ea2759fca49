import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'

const root = import.meta.dirname

/**
 * Builds the venue link's phone page (its own Vite config, into out/venue) whenever the renderer
 * is built or served, so `npm start`, `npm test`'s build and `npm run dist` all ship it.
 */
function venuePhonePage(): Plugin {
  let built: Promise<unknown> | null = null
  const buildOnce = (): Promise<unknown> => (built ??= build({ configFile: resolve(root, 'vite.venue.config.ts'), logLevel: 'warn' }))
  return {
    name: 'pelatih-venue-phone-page',
    async closeBundle() {
      await buildOnce()
    },
    async configureServer() {
      await buildOnce()
    },
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules: emit CommonJS.
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), venuePhonePage()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
    worker: { format: 'es' },
  },
})
