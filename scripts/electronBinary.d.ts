/** The Node version Electron 45's installer declares (`npm install` and `npm start`). */
export declare const NODE_FOR_START: string

/** The file system and environment the lookup reads (the real ones in prestart.mjs, fakes in tests). */
export interface ElectronLookup {
  electronDir: string
  env: Record<string, string | undefined>
  exists(path: string): boolean
  readText(path: string): string
  join(...parts: string[]): string
}

/** Where the Electron binary is, or a plain message saying why there is none. */
export declare function locateElectron(lookup: ElectronLookup): { ok: true; path: string } | { ok: false; message: string }

/** True when `version` (e.g. 'v20.19.1') is at least `minimum` ('22.12.0'). */
export declare function isAtLeast(version: string, minimum: string): boolean
