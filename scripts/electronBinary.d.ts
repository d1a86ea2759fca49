/** The Node version Electron 45's installer declares (`npm install` and `npm start`). */
export declare const NODE_FOR_START: string

/** The file system and environment the lookup reads (the real ones in prestart.mjs, fakes in tests). */
export interface ElectronLookup {
  electronDir: string
  env: Record<string, string | undefined>
  exists(path: string): boolean
  readText(path: string): string
  join(...parts: string[]): string
  /** The platform whose executable name is used when path.txt is missing (default: this one). */
  platform?: NodeJS.Platform
}

/** Where the executable sits inside an Electron dist folder on a platform. */
export declare function executableIn(dist: string, platform: NodeJS.Platform): string

/** Where the Electron binary is, or a plain message saying why there is none. */
export declare function locateElectron(lookup: ElectronLookup): { ok: true; path: string } | { ok: false; message: string }

/**
 * The Electron executable for the app in `appDir`, or null when there is none:
 * ELECTRON_OVERRIDE_DIST_PATH first, then node_modules/electron/dist.
 */
export declare function findElectronBinary(appDir: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null

/** True when `version` (e.g. 'v20.19.1') is at least `minimum` ('22.12.0'). */
export declare function isAtLeast(version: string, minimum: string): boolean
