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
    expect(list.map((p) => [p.activity, p.status])).toEqual([
      ['Pelatihan paralegal', 'in-progress'],
      ['Rapat anggota', 'planned'],
    ])
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

  it('keeps all of 50 edits to different fields of a plan saved at the same moment', async () => {
    const ctx = createTestContext()
    const a = await addActionPlan(ctx, 't1', { organization: 'LBH Surabaya' })
    const fields = ['organization', 'activity', 'objective', 'timeline', 'responsible', 'resources', 'indicator', 'notes'] as const
    const edits = Array.from({ length: 50 }, (_, i) => ({ [fields[i % fields.length] ?? 'notes']: `${fields[i % fields.length]} ${i}` }))
    const results = await Promise.all(edits.map((patch) => updateActionPlan(ctx, a.id, patch)))
    const expected = Object.assign({}, ...edits) as object
    expect((await listActionPlans(ctx.db, 't1'))[0]).toMatchObject(expected)
    // Each call hands back the row as it wrote it, with every earlier edit in it.
    results.forEach((row, k) => expect(row).toMatchObject(Object.assign({}, ...edits.slice(0, k + 1)) as object))
  })
})
