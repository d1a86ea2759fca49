import { describe, expect, it, vi } from 'vitest'
import { createTestContext } from './__fixtures__/testContext'
import { JOURNAL_SEQ_KEY } from './commit'
import { createTraining, updateTraining } from './repositories/trainingRepository'

describe('the journal position the database holds', () => {
  it('is raised by each autosave without reading it back first, and ends at the last entry journaled', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    const reads = vi.spyOn(ctx.db.meta, 'get')
    for (let i = 1; i <= 5; i += 1) await updateTraining(ctx, t.id, { title: `A ${i}` })
    expect(reads.mock.calls.filter(([key]) => (key as unknown) === JOURNAL_SEQ_KEY)).toHaveLength(0)
    reads.mockRestore()
    expect(await ctx.db.meta.get(JOURNAL_SEQ_KEY)).toEqual({ key: JOURNAL_SEQ_KEY, value: ctx.bridge.entries.length })
  })

  it('is never lowered when something else raised it meanwhile', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    await updateTraining(ctx, t.id, { title: 'B' })
    // A restore at start (recovery.ts) records a later position than this path has seen.
    await ctx.db.meta.put({ key: JOURNAL_SEQ_KEY, value: 1000 })
    await updateTraining(ctx, t.id, { title: 'C' })
    expect(await ctx.db.meta.get(JOURNAL_SEQ_KEY)).toEqual({ key: JOURNAL_SEQ_KEY, value: 1000 })
  })

  it('is read again after a save kept on this computer only, and raised past it once the journal works', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'A', startDate: '2026-12-01', days: 3 })
    ctx.bridge.appendFailure = { code: 'io-error', message: 'ENOSPC: no space left on device, write' }
    await updateTraining(ctx, t.id, { title: 'B' })
    ctx.bridge.appendFailure = null
    await updateTraining(ctx, t.id, { title: 'C' })
    expect(await ctx.db.meta.get(JOURNAL_SEQ_KEY)).toEqual({ key: JOURNAL_SEQ_KEY, value: ctx.bridge.entries.length })
    expect(ctx.bridge.entries.length).toBe(3)
  })
})
