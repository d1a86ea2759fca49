// Finds the Electron binary the way node_modules/electron/index.js does, without its fallback of
// downloading one (a venue has no internet, and a failed download ends in a stack trace). Used by
// `npm start` (prestart.mjs) and by the Electron end-to-end tests (scripts/test.mjs and the tests).
// Plain ESM JavaScript with types in electronBinary.d.ts so Node runs it without a build; the
// lookup itself is free of I/O so it can be tested.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The Node version Electron 45's installer declares (`npm install` and `npm start`). */
export const NODE_FOR_START = '22.12.0'

/** Where the executable sits inside an Electron dist folder, as the electron package lays it out. */
export function executableIn(dist, platform) {
  if (platform === 'win32') return join(dist, 'electron.exe')
  if (platform === 'darwin') return join(dist, 'Electron.app', 'Contents', 'MacOS', 'Electron')
  return join(dist, 'electron')
}

/**
 * Where the Electron binary is, or why there is none: `{ ok: true, path }` or
 * `{ ok: false, message }` with a plain message for the person who typed `npm start`.
 * ELECTRON_OVERRIDE_DIST_PATH first, as the electron package itself honours it, then
 * node_modules/electron/dist.
 */
export function locateElectron({ electronDir, env, exists, readText, join: joinPath, platform }) {
  const pathFile = joinPath(electronDir, 'path.txt')
  const executable = exists(pathFile) ? readText(pathFile).trim() : null
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const path = executable ? joinPath(override, executable) : executableIn(override, platform ?? process.platform)
    if (exists(path)) return { ok: true, path }
    return { ok: false, message: `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron program there (${path}).` }
  }
  if (executable) {
    const path = joinPath(electronDir, 'dist', executable)
    if (exists(path)) return { ok: true, path }
  }
  return {
    ok: false,
    message: [
      'Pelatih cannot start: the Electron program is not installed (node_modules/electron/dist is missing).',
      '`npm install` downloads it from GitHub; here it was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD) or could not be fetched.',
      `On a computer with internet and Node.js >= ${NODE_FOR_START}, run:  npm install && npm start`,
      'Or point ELECTRON_OVERRIDE_DIST_PATH at a folder that holds Electron 45.',
      'The tests (`npm test`) do not need it.',
    ].join('\n'),
  }
}

/** The Electron executable for the app in `appDir` on this disk, or null when there is none. */
export function findElectronBinary(appDir, env = process.env, platform = process.platform) {
  const found = locateElectron({
    electronDir: join(appDir, 'node_modules', 'electron'),
    env,
    exists: existsSync,
    readText: (path) => readFileSync(path, 'utf8'),
    join,
    platform,
  })
  return found.ok ? found.path : null
}

/** True when `version` (e.g. 'v20.19.1') is at least `minimum` ('22.12.0'). */
export function isAtLeast(version, minimum) {
  const parse = (v) =>
    v
      .replace(/^v/, '')
      .split('.')
      .map((part) => Number.parseInt(part, 10) || 0)
  const a = parse(version)
  const b = parse(minimum)
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  }
  return true
}
