import { describe, expect, it } from 'vitest'
import { revGeneration, revHash } from '../../../shared/model/revision'
import { createMemoryBridge } from './__fixtures__/memoryBridge'
import { createTestContext } from './__fixtures__/testContext'
import { createCommit } from './commit'
import { createDb } from './db'
import { DEVICE_ID_KEY } from './deviceId'
import { createTraining, deleteTraining, updateTraining } from './repositories/trainingRepository'
import { SaveStatus } from './saveStatus'

const DAY = 24 * 60 * 60 * 1000

describe('every write carries a revision', () => {
  it('stamps a new row with generation 1 and an edit with a child of the stored revision, made by this device', async () => {
    const ctx = createTestContext()
    const { id } = await createTraining(ctx, { title: 'Manajemen Relawan', startDate: '2026-12-01', days: 3 })
    const first = await ctx.db.trainings.get(id)
    await updateTraining(ctx, id, { venue: 'Aula Kecamatan' })
    const second = await ctx.db.trainings.get(id)
    const device = (await ctx.db.meta.get(DEVICE_ID_KEY))?.value
    expect(first?.rev).toMatch(/^1-[0-9a-f]{32}$/)
    expect(second && revGeneration(second.rev)).toBe(2)
    expect(second?.revisions).toEqual([second && revHash(second.rev), first && revHash(first.rev)])
    expect(second?.deviceId).toBe(device)
    // The journal holds the stamped rows, so a replay brings back the same revisions.
    const journaled = ctx.bridge.entries.flatMap((e) => e.changes).map((c) => (c.op === 'put' ? c.row['rev'] : null))
    expect(journaled).toEqual([first?.rev, second?.rev])
  })

  it('writes and journals nothing for an edit that changes nothing', async () => {
    const ctx = createTestContext()
    const { id } = await createTraining(ctx, { title: 'Manajemen Relawan', startDate: '2026-12-01', days: 3 })
    const before = await ctx.db.trainings.get(id)
    await updateTraining(ctx, id, { title: 'Manajemen Relawan' })
    expect(await ctx.db.trainings.get(id)).toEqual(before)
    expect(ctx.bridge.entries).toHaveLength(1)
    expect(ctx.status.get().kind).toBe('saved')
  })

  it('stamps an edit made on a laptop whose clock is a day behind after the version it edited', async () => {
    const ctx = createTestContext()
    const { id } = await createTraining(ctx, { title: 'Manajemen Relawan', startDate: '2026-12-01', days: 3 })
    const stored = await ctx.db.trainings.get(id)
    const wall = (stored?.updatedAt ?? 0) - DAY
    ctx.now = () => wall
    await updateTraining(ctx, id, { venue: 'Aula Kecamatan' })
    await deleteTraining(ctx, id)
    const edited = await ctx.db.trainings.get(id)
    expect(edited?.updatedAt).toBe((stored?.updatedAt ?? 0) + 2)
    expect(edited?.deletedAt).toBe(edited?.updatedAt)
  })

  it('keeps one device id for the app install across restarts', async () => {
    const ctx = createTestContext()
    const { id } = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const device = (await ctx.db.trainings.get(id))?.deviceId
    ctx.db.close()
    const reopened = createDb(ctx.dbName)
    const commit = createCommit(reopened, createMemoryBridge(), new SaveStatus())
    const stored = await reopened.trainings.get(id)
    if (!stored) throw new Error('not stored')
    await commit([{ op: 'put', table: 'trainings', row: { ...stored, title: 'B', updatedAt: stored.updatedAt + 1 } }])
    expect((await reopened.trainings.get(id))?.deviceId).toBe(device)
    expect(device).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('writes a version received from elsewhere as it is, and nothing when that version is already here', async () => {
    const ctx = createTestContext()
    const { id } = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const stored = await ctx.db.trainings.get(id)
    if (!stored) throw new Error('not stored')
    const received = {
      ...stored,
      title: 'From the other laptop',
      rev: `2-${'a'.repeat(32)}`,
      revisions: ['a'.repeat(32), revHash(stored.rev)],
      deviceId: 'laptop-b',
    }
    await ctx.commit([{ op: 'put', table: 'trainings', row: received }], { received: true })
    expect(await ctx.db.trainings.get(id)).toEqual(received)
    await ctx.commit([{ op: 'put', table: 'trainings', row: received }], { received: true })
    expect(ctx.bridge.entries).toHaveLength(2)
  })
})
