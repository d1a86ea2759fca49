// Finds the Electron binary the end-to-end tests start (scripts/test.mjs and the tests share it),
// plain ESM JavaScript with types in electronBinary.d.ts so Node runs it without a build.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the executable sits inside an Electron dist folder, as the electron package lays it out. */
export function executableIn(dist, platform) {
  if (platform === 'win32') return join(dist, 'electron.exe')
  if (platform === 'darwin') return join(dist, 'Electron.app', 'Contents', 'MacOS', 'Electron')
  return join(dist, 'electron')
}

/**
 * The Electron executable, or null when there is none (an install with
 * ELECTRON_SKIP_BINARY_DOWNLOAD, an offline machine): ELECTRON_OVERRIDE_DIST_PATH first, as the
 * electron package itself honours it, then node_modules/electron/dist.
 */
export function findElectronBinary(appDir, env = process.env, platform = process.platform) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const path = executableIn(override, platform)
    return existsSync(path) ? path : null
  }
  const packageDir = join(appDir, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? path : null
}
