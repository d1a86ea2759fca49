import type { AppApi } from '../../../shared/ipc/contract'
import { createHttpBridge } from './httpBridge'

declare global {
  interface Window {
    /** The desktop bridge exposed by the preload, absent in a plain browser. */
    pelatih?: AppApi
  }
}

let cached: AppApi | null = null

/**
 * The desktop bridge: the preload's API inside Electron, otherwise the browser fallback that
 * talks HTTP to the same Node storage module (used by the browser tests and in development).
 */
export function getBridge(): AppApi {
  cached ??= window.pelatih ?? createHttpBridge(window.location.origin)
  return cached
}

/** Replaces the bridge (tests). */
export function setBridge(bridge: AppApi | null): void {
  cached = bridge
}
