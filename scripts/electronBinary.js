// Finds the Electron binary the way node_modules/electron/index.js does, without its fallback of
// downloading one (a venue has no internet, and a failed download ends in a stack trace). Plain
// ESM JavaScript with types in electronBinary.d.ts, free of I/O so it can be tested.

/** The Node version Electron 45's installer declares (`npm install` and `npm start`). */
export const NODE_FOR_START = '22.12.0'

/**
 * Where the Electron binary is, or why there is none: `{ ok: true, path }` or
 * `{ ok: false, message }` with a plain message for the person who typed `npm start`.
 */
export function locateElectron({ electronDir, env, exists, readText, join }) {
  const pathFile = join(electronDir, 'path.txt')
  const executable = exists(pathFile) ? readText(pathFile).trim() : null
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const path = join(override, executable || 'electron')
    if (exists(path)) return { ok: true, path }
    return { ok: false, message: `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron program there (${path}).` }
  }
  if (executable) {
    const path = join(electronDir, 'dist', executable)
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

/** True when `version` (e.g. 'v20.19.1') is at least `minimum` ('22.12.0'). */
export function isAtLeast(version, minimum) {
  const parse = (v) => v.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0)
  const a = parse(version)
  const b = parse(minimum)
  for (let i = 0; i < 3; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0)
  }
  return true
}
