import { getConfig } from 'app-builder-lib/out/util/config/config.js'
import type { Configuration } from 'electron-builder'
import { describe, expect, it } from 'vitest'

type Fuses = NonNullable<Configuration['electronFuses']>

// Read the way electron-builder reads it at packaging time (its own loader), not parsed by hand.
const config: Configuration = await getConfig(process.cwd(), null, null)

describe('packaging config (electron-builder.yml)', () => {
  it('flips the fuses of the Electron security checklist in the installers', () => {
    const expected: Fuses = {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    }
    expect(config.electronFuses).toMatchObject(expected)
  })

  it('packs the app into an asar, which the two asar fuses need', () => {
    expect(config.asar).toBe(true)
  })
})
