import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from './electronBinary.js'

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
