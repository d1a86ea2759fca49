import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const root = import.meta.dirname

/**
 * The phone page of the venue link: a page of its own (no Mantine), served by the venue server
 * from out/venue. Scripts and styles are files (no inline code), so `default-src 'self'` holds.
 */
export default defineConfig({
  root: resolve(root, 'renderer/venue'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/venue'),
    emptyOutDir: true,
    minify: true,
    // Module preload's polyfill is an inline-free script, but the page needs none: one entry.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
})
