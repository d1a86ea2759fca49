import { describe, expect, it } from 'vitest'
import { createTestContext } from './__fixtures__/testContext'
import { createTraining } from './repositories/trainingRepository'
import { restoreDeletedRow, softDeleteRow } from './updateRow'

describe('soft delete and its undo', () => {
  it('marks a row deleted once, brings it back once, and journals nothing for a repeat', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Pelatihan Paralegal', startDate: '2026-12-01', days: 3 })
    const deleted = await softDeleteRow(ctx, 'trainings', t.id)
    expect(deleted?.deletedAt).not.toBeNull()
    const entries = ctx.bridge.entries.length
    expect(await softDeleteRow(ctx, 'trainings', t.id)).toBeNull()
    expect((await ctx.db.trainings.get(t.id))?.deletedAt).toBe(deleted?.deletedAt)
    const restored = await restoreDeletedRow(ctx, 'trainings', t.id)
    expect(restored?.deletedAt).toBeNull()
    expect(await restoreDeletedRow(ctx, 'trainings', t.id)).toBeNull()
    expect(ctx.bridge.entries.length).toBe(entries + 1)
    expect((await ctx.db.trainings.get(t.id))?.title).toBe('Pelatihan Paralegal')
  })

  it('does nothing for a row that does not exist', async () => {
    const ctx = createTestContext()
    expect(await softDeleteRow(ctx, 'participants', 'missing')).toBeNull()
    expect(await restoreDeletedRow(ctx, 'participants', 'missing')).toBeNull()
    expect(ctx.bridge.entries).toHaveLength(0)
  })
})
