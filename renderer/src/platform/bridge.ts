import type { AppApi } from '../../../shared/ipc/contract'
import { createHttpBridge } from './httpBridge'

declare global {
  interface Window {
    /** The desktop bridge exposed by the preload, absent in a plain browser. */
    pelatih?: AppApi
  }
}

let cached: AppApi | null = null

/** The desktop bridge is missing where the app cannot work without it (the app scheme, file://). */
export class BridgeMissingError extends Error {
  override readonly name = 'BridgeMissingError'
}

/**
 * Where the browser fallback may stand in for the preload: a page served over http from this
 * computer (the browser tests' server, development). Everywhere else, above all the app
 * scheme, a missing preload is a broken install; falling back there would send every save to
 * an HTTP server that is not there and leave them all "saved on this computer only".
 */
export function mayUseBrowserBridge(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return (
    location.protocol === 'http:' &&
    (location.hostname === '127.0.0.1' || location.hostname === 'localhost' || location.hostname === '[::1]')
  )
}

/**
 * The desktop bridge: the preload's API inside Electron, otherwise the browser fallback that
 * talks HTTP to the same Node storage module (used by the browser tests and in development).
 * Throws BridgeMissingError where neither may be used.
 */
export function getBridge(location: Pick<Location, 'protocol' | 'hostname' | 'host' | 'origin'> = window.location): AppApi {
  if (cached) return cached
  if (window.pelatih) cached = window.pelatih
  else if (mayUseBrowserBridge(location)) cached = createHttpBridge(location.origin)
  else throw new BridgeMissingError(`no desktop bridge on ${location.protocol}//${location.host} (the preload did not run)`)
  return cached
}

/** Replaces the bridge (tests). */
export function setBridge(bridge: AppApi | null): void {
  cached = bridge
}
