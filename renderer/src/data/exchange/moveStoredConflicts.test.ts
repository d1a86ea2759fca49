import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { createTraining } from '../repositories/trainingRepository'
import { CONFLICTS_KEY, listConflicts } from './importData'
import { moveStoredConflicts } from './moveStoredConflicts'

describe('conflicts kept by an earlier version', () => {
  it('move once from the unjournaled meta table into the journaled conflicts table', async () => {
    const ctx = createTestContext()
    const t = await createTraining(ctx, { title: 'TOT', startDate: '2026-12-01', days: 3 })
    const winner = { ...(await ctx.db.trainings.get(t.id))!, venue: 'Malang' }
    const loser = { ...winner, venue: 'Batu' }
    await ctx.db.meta.put({
      key: CONFLICTS_KEY,
      value: [{ table: 'trainings', id: t.id, reason: 'same-time', winner, loser }, { nonsense: true }],
    })

    expect(await moveStoredConflicts(ctx)).toBe(1)
    const listed = await listConflicts(ctx.db)
    expect(listed.map((c) => [c.record.table, c.record.rowId, c.record.reason, c.record.loser['venue'], c.record.trainingId])).toEqual([
      ['trainings', t.id, 'both-edited', 'Batu', t.id],
    ])
    expect(await ctx.db.meta.get(CONFLICTS_KEY)).toBeUndefined()
    expect(ctx.bridge.entries.at(-1)?.changes.map((c) => c.table)).toEqual(['conflicts'])

    // A second start finds nothing to move and journals nothing.
    const entries = ctx.bridge.entries.length
    expect(await moveStoredConflicts(ctx)).toBe(0)
    expect(ctx.bridge.entries).toHaveLength(entries)
  })
})
