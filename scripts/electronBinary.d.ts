/** Where the executable sits inside an Electron dist folder on a platform. */
export function executableIn(dist: string, platform: NodeJS.Platform): string

/**
 * The Electron executable for the app in `appDir`, or null when there is none:
 * ELECTRON_OVERRIDE_DIST_PATH first, then node_modules/electron/dist.
 */
export function findElectronBinary(appDir: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null
