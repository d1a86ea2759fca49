import { describe, expect, it } from 'vitest'
import type { Change } from '../../../shared/journal/journalEntry'
import { createTestContext } from './__fixtures__/testContext'
import { createTraining, getTraining } from './repositories/trainingRepository'

describe('commit with a function (the atomic update path)', () => {
  it('gives each function the rows as every earlier commit left them, so no increment is lost', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    // Functions and plain lists queued in one go, none awaited before the next is queued.
    const writes = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 2
        ? ctx.commit([{ op: 'put', table: 'trainings', row: { ...t, id: `other-${i}`, title: `Other ${i}` } }])
        : ctx.commit(async (db): Promise<Change[]> => {
            const current = await db.trainings.get(t.id)
            if (!current) throw new Error('gone')
            const seen = Number(current.organizer || '0')
            return [{ op: 'put', table: 'trainings', row: { ...current, organizer: String(seen + 1), updatedAt: current.updatedAt + 1 } }]
          }),
    )
    await Promise.all(writes)
    expect((await getTraining(ctx.db, t.id))?.organizer).toBe('40')
    // The journal holds the same story, in order: 1, 2, ... 40.
    const counts = ctx.bridge.entries
      .flatMap((e) => e.changes)
      .flatMap((c) => (c.op === 'put' && c.row['id'] === t.id ? [c.row['organizer']] : []))
    expect(counts).toEqual(['', ...Array.from({ length: 40 }, (_, i) => String(i + 1))])
    expect(ctx.status.get().kind).toBe('saved')
  })

  it('writes nothing when the function fails, and the next commit still goes through', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const failing = ctx.commit(async (db) => {
      await db.trainings.get(t.id)
      throw new Error('the card is gone')
    })
    const next = ctx.commit(async (db) => {
      const current = await db.trainings.get(t.id)
      return current ? [{ op: 'put', table: 'trainings', row: { ...current, title: 'B', updatedAt: current.updatedAt + 1 } }] : []
    })
    await expect(failing).rejects.toThrow('the card is gone')
    await expect(next).resolves.toEqual({ seq: 2 })
    expect(ctx.bridge.entries).toHaveLength(2)
    expect((await getTraining(ctx.db, t.id))?.title).toBe('B')
    expect(ctx.status.get().kind).toBe('saved')
  })

  it('writes nothing for a function that finds nothing to change, and the indicator keeps what it said', async () => {
    const ctx = createTestContext()
    ctx.bridge.down = true
    await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const before = ctx.status.get()
    expect(before.kind).toBe('saved-local-only')
    await expect(ctx.commit(() => [])).resolves.toEqual({ seq: null })
    expect(ctx.status.get()).toEqual(before)
    expect(ctx.bridge.entries).toHaveLength(0)
  })

  it('shows "saving" from the moment a function is queued until its write is done', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const states: string[] = []
    ctx.status.subscribe(() => states.push(ctx.status.get().kind))
    const write = ctx.commit(async (db) => {
      const current = await db.trainings.get(t.id)
      return current ? [{ op: 'put', table: 'trainings', row: { ...current, title: 'B', updatedAt: current.updatedAt + 1 } }] : []
    })
    expect(ctx.status.get().kind).toBe('saving')
    await write
    expect(states).toEqual(['saving', 'saved'])
  })
})
