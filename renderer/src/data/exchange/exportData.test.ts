import { describe, expect, it } from 'vitest'
import packageJson from '../../../../package.json'
import { createTestContext } from '../__fixtures__/testContext'
import { createTraining } from '../repositories/trainingRepository'
import { buildExport } from './exportData'

describe('the app version in an export', () => {
  it('is the version package.json gives the build, so a release bump reaches every file', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Pelatihan Fasilitator', startDate: '2026-12-01', days: 3 })
    const file = await buildExport(ctx.db, 'training', [t.id])
    const envelope = JSON.parse(new TextDecoder().decode(file.bytes)) as { appVersion: string }
    expect(envelope.appVersion).toBe(packageJson.version)
  })
})
