import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { InvalidRowError } from '../commit'
import { createTraining, deleteTraining, getTraining, listTrainings, restoreTraining, updateTraining } from './trainingRepository'

describe('trainingRepository', () => {
  it('creates, lists (newest change first), edits and reads back trainings', async () => {
    const ctx = createTestContext()
    const a = await createTraining(ctx, { title: 'Manajemen Relawan', startDate: '2026-12-01', days: 3 })
    const b = await createTraining(ctx, { title: 'TOT Pengorganisasian', startDate: '2027-01-10', days: 4 })
    expect((await listTrainings(ctx.db)).map((t) => t.title)).toEqual(['TOT Pengorganisasian', 'Manajemen Relawan'])
    await updateTraining(ctx, a.id, { title: 'Manajemen Relawan OMS', days: 2 })
    const list = await listTrainings(ctx.db)
    expect(list.map((t) => t.id)).toEqual([a.id, b.id])
    expect(list[0]?.title).toBe('Manajemen Relawan OMS')
    expect(list[0]?.days).toBe(2)
  })

  it('journals every write before reporting it saved', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    await updateTraining(ctx, t.id, { title: 'B' })
    expect(ctx.bridge.entries).toHaveLength(2)
    expect(ctx.bridge.entries[1]?.changes[0]).toMatchObject({ op: 'put', table: 'trainings', row: { title: 'B' } })
    expect(ctx.status.get().kind).toBe('saved')
    expect((await ctx.db.meta.get('journalSeq'))?.value).toBe(2)
  })

  it('refuses an invalid edit and writes nothing', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    await expect(updateTraining(ctx, t.id, { days: 11 })).rejects.toBeInstanceOf(InvalidRowError)
    await expect(updateTraining(ctx, t.id, { title: 'x'.repeat(501) })).rejects.toBeInstanceOf(InvalidRowError)
    expect((await getTraining(ctx.db, t.id))?.days).toBe(3)
    expect(ctx.bridge.entries).toHaveLength(1)
    expect(ctx.status.get().kind).toBe('error')
  })

  it('deletes softly and can undo the delete', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    await deleteTraining(ctx, t.id)
    expect(await listTrainings(ctx.db)).toEqual([])
    expect(await getTraining(ctx.db, t.id)).toBeUndefined()
    await restoreTraining(ctx, t.id)
    expect((await listTrainings(ctx.db)).map((x) => x.id)).toEqual([t.id])
  })

  it('still saves to the database when the disk copy fails, and says so', async () => {
    const ctx = createTestContext()
    ctx.bridge.down = true
    const t = await createTraining(ctx, { title: 'Offline', startDate: '2026-12-01', days: 3 })
    expect(await getTraining(ctx.db, t.id)).toBeDefined()
    expect(ctx.status.get()).toMatchObject({ kind: 'saved-local-only', message: 'disk unavailable' })
  })

  it('keeps all of 50 edits to different fields of the TOR saved at the same moment', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const fields = [
      'title',
      'organizer',
      'venue',
      'city',
      'background',
      'method',
      'targetParticipants',
      'conclusions',
      'recommendations',
      'timeZone',
    ] as const
    // Edit i types the i-th version of one field; each field is edited five times.
    const edits = Array.from({ length: 50 }, (_, i) => ({
      [fields[i % fields.length] ?? 'title']: `${fields[i % fields.length]} v${Math.floor(i / fields.length) + 1}`,
    }))
    await Promise.all(edits.map((patch) => updateTraining(ctx, t.id, patch)))
    const stored = await getTraining(ctx.db, t.id)
    for (const field of fields) expect(stored?.[field]).toBe(`${field} v5`)
    // Every journaled version holds every edit made before it.
    const versions = ctx.bridge.entries.slice(1).map((e) => e.changes[0])
    expect(versions).toHaveLength(50)
    versions.forEach((change, k) => expect(change).toMatchObject({ row: Object.assign({}, ...edits.slice(0, k + 1)) as object }))
  })
})
