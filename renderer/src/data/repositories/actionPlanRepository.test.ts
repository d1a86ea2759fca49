import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { addActionPlan, listActionPlans, removeActionPlan, restoreActionPlan, updateActionPlan } from './actionPlanRepository'

describe('actionPlanRepository', () => {
  it('adds plans in entry order, updates status and notes later, removes softly with undo', async () => {
    const ctx = createTestContext()
    const a = await addActionPlan(ctx, 't1', { organization: 'LBH Surabaya', activity: 'Pelatihan paralegal' })
    await addActionPlan(ctx, 't1', { organization: 'Koperasi', activity: 'Rapat anggota', dueDate: '2027-02-01' })
    await updateActionPlan(ctx, a.id, { status: 'in-progress', notes: 'Sudah 2 angkatan' })
    const list = await listActionPlans(ctx.db, 't1')
    expect(list.map((p) => [p.activity, p.status])).toEqual([['Pelatihan paralegal', 'in-progress'], ['Rapat anggota', 'planned']])
    await removeActionPlan(ctx, a.id)
    expect(await listActionPlans(ctx.db, 't1')).toHaveLength(1)
    await restoreActionPlan(ctx, a.id)
    expect((await listActionPlans(ctx.db, 't1'))[0]?.notes).toBe('Sudah 2 angkatan')
  })

  it('rejects an invalid date and keeps the row unchanged', async () => {
    const ctx = createTestContext()
    const a = await addActionPlan(ctx, 't1')
    await expect(updateActionPlan(ctx, a.id, { dueDate: '2027-13-01' })).rejects.toThrow()
    expect((await listActionPlans(ctx.db, 't1'))[0]?.dueDate).toBeNull()
  })
})
