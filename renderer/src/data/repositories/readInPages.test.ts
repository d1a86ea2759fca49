import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { addActionPlan, listActionPlans, removeActionPlan } from './actionPlanRepository'

describe('readInPages', () => {
  it('reads a list longer than a page whole, in order, without the rows of another training between its ids', async () => {
    const ctx = createTestContext()
    const added: string[] = []
    // Two trainings' plans added in turn, so their ids interleave across every page.
    for (let i = 0; i < 450; i += 1) {
      added.push((await addActionPlan(ctx, 't1', { activity: `Kegiatan ${i + 1}` })).id)
      await addActionPlan(ctx, 't2', { activity: `Lain ${i + 1}` })
    }
    await removeActionPlan(ctx, added[7] ?? '')
    const plans = await listActionPlans(ctx.db, 't1')
    expect(plans).toHaveLength(449)
    expect(plans.every((p) => p.trainingId === 't1')).toBe(true)
    expect(plans.map((p) => p.activity)).toEqual(Array.from({ length: 450 }, (_, i) => `Kegiatan ${i + 1}`).filter((_, i) => i !== 7))
  }, 60_000)
})
