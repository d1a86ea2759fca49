import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary, isAtLeast, locateElectron } from './electronBinary.js'

function lookup(files: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return {
    electronDir: '/app/node_modules/electron',
    env,
    exists: (path: string) => path in files,
    readText: (path: string) => files[path] ?? '',
    join,
  }
}

describe('locateElectron', () => {
  it('finds the binary npm install put in dist', () => {
    const found = locateElectron(
      lookup({ '/app/node_modules/electron/path.txt': 'electron', '/app/node_modules/electron/dist/electron': '' }),
    )
    expect(found).toEqual({ ok: true, path: '/app/node_modules/electron/dist/electron' })
  })

  it.each([
    ['no path.txt (download skipped)', {}],
    ['path.txt but no binary (download failed)', { '/app/node_modules/electron/path.txt': 'electron' }],
  ])('says plainly what to do when there is %s', (_name, files) => {
    const found = locateElectron(lookup(files))
    expect(found.ok).toBe(false)
    if (!found.ok) {
      expect(found.message).toContain('the Electron program is not installed')
      expect(found.message).toContain('npm install && npm start')
      expect(found.message).not.toMatch(/\n\s+at /)
    }
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH, and says so when it holds no Electron', () => {
    const files = { '/opt/electron/electron': '' }
    expect(locateElectron(lookup(files, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }))).toEqual({
      ok: true,
      path: '/opt/electron/electron',
    })
    const missing = locateElectron(lookup({}, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/none' }))
    expect(missing.ok).toBe(false)
  })
})

describe('isAtLeast', () => {
  it('compares Node versions', () => {
    expect(isAtLeast('v22.12.0', '22.12.0')).toBe(true)
    expect(isAtLeast('v24.1.0', '22.12.0')).toBe(true)
    expect(isAtLeast('v20.20.2', '22.12.0')).toBe(false)
    expect(isAtLeast('v22.11.9', '22.12.0')).toBe(false)
  })
})

let app: string
beforeEach(async () => {
  app = await mkdtemp(join(tmpdir(), 'pelatih-electron-binary-'))
})
afterEach(async () => {
  await rm(app, { recursive: true, force: true })
})

describe('findElectronBinary', () => {
  it('finds none when the electron package has no binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD)', async () => {
    await mkdir(join(app, 'node_modules', 'electron'), { recursive: true })
    expect(findElectronBinary(app, {}, 'linux')).toBeNull()
  })

  it('finds the one the electron package downloaded', async () => {
    const dist = join(app, 'node_modules', 'electron', 'dist')
    await mkdir(dist, { recursive: true })
    await writeFile(join(app, 'node_modules', 'electron', 'path.txt'), 'electron')
    await writeFile(join(dist, 'electron'), '')
    expect(findElectronBinary(app, {}, 'linux')).toBe(join(dist, 'electron'))
  })

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, per platform, and finds none when it holds no binary', async () => {
    const dist = join(app, 'custom')
    await mkdir(dist, { recursive: true })
    await writeFile(join(dist, 'electron.exe'), '')
    expect(findElectronBinary(app, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'win32')).toBe(join(dist, 'electron.exe'))
    expect(findElectronBinary(app, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBeNull()
  })
})
