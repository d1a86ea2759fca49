import { describe, expect, it, vi } from 'vitest'
import { revGeneration } from '../../../shared/model/revision'
import { createTestContext } from './__fixtures__/testContext'
import { createTraining, updateTraining } from './repositories/trainingRepository'
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

describe('an autosave of the row being edited', () => {
  it('reads nothing back from the database when this window saved the row last, and each save descends from the one before', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Pelatihan Paralegal', startDate: '2026-12-01', days: 3 })
    const gets = vi.spyOn(ctx.db.trainings, 'get')
    const bulkGets = vi.spyOn(ctx.db.trainings, 'bulkGet')
    for (let i = 1; i <= 3; i += 1) await updateTraining(ctx, t.id, { background: `Latar belakang ${i}` })
    expect(gets).not.toHaveBeenCalled()
    expect(bulkGets).not.toHaveBeenCalled()
    gets.mockRestore()
    const stored = await ctx.db.trainings.get(t.id)
    expect(stored?.background).toBe('Latar belakang 3')
    expect(stored && revGeneration(stored.rev)).toBe(4)
  })

  it('reads the row again when something else wrote it, and builds on that version', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'Pelatihan Paralegal', startDate: '2026-12-01', days: 3 })
    const mine = await ctx.db.trainings.get(t.id)
    if (mine === undefined) throw new Error('not written')
    // Written outside this commit path (a restore, another tool): its title must survive the autosave.
    await ctx.db.trainings.put({ ...mine, title: 'Judul dari luar' })
    await updateTraining(ctx, t.id, { background: 'Latar belakang' })
    const stored = await ctx.db.trainings.get(t.id)
    expect(stored).toMatchObject({ title: 'Judul dari luar', background: 'Latar belakang' })
  })
})
