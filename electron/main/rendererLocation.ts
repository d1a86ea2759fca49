import { join } from 'node:path'
import { app } from 'electron'
import { APP_ENTRY_URL } from './appOrigin'
import type { RendererOrigin } from './trustedSender'

/** Where the renderer and the preload of every window are loaded from. */
export interface RendererLocation extends RendererOrigin {
  /** Absolute path of out/renderer/index.html; its folder is what the app scheme serves. */
  rendererFile: string
  /** Absolute path of the CommonJS preload (out/preload/index.cjs). */
  preloadPath: string
}

/**
 * Resolves the build layout from the folder of the built main script (out/main). The dev
 * server URL is honoured only in an unpackaged app: an environment variable must never make
 * an installed app load, and trust, a page from elsewhere.
 */
export function resolveRendererLocation(options: {
  mainDir: string
  isPackaged: boolean
  devServerUrl?: string | undefined
}): RendererLocation {
  const rendererFile = join(options.mainDir, '..', 'renderer', 'index.html')
  return {
    rendererFile,
    rendererUrl: APP_ENTRY_URL,
    devServerUrl: !options.isPackaged && options.devServerUrl ? options.devServerUrl : null,
    preloadPath: join(options.mainDir, '..', 'preload', 'index.cjs'),
  }
}

/** The location of the running app. */
export function currentRendererLocation(): RendererLocation {
  return resolveRendererLocation({
    mainDir: import.meta.dirname,
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  })
}

/**
 * Normalises a hash route ('/projector/1', '#/projector/1') to what follows the '#', or ''
 * for the start page. Only plain path characters pass: the route ends up in a URL.
 */
export function hashRoute(route: string | undefined): string {
  if (!route) return ''
  const path = route.startsWith('#') ? route.slice(1) : route
  if (!/^\/[A-Za-z0-9\-._~/%?=&]*$/.test(path)) throw new Error(`not a route: ${route}`)
  return path
}
