import { describe, expect, it } from 'vitest'
import { createTestContext } from '../__fixtures__/testContext'
import { readTrainingSnapshot } from './reportSnapshot'
import { addProblem, listProblems, removeProblem, restoreProblem, updateProblem } from './problemRepository'
import { createTraining } from './trainingRepository'

describe('problemRepository', () => {
  it('notes problems with the time, lists them by day, edits them later and removes them softly with undo', async () => {
    const ctx = createTestContext()
    const late = await addProblem(ctx, { trainingId: 't1', day: 2, sessionId: 's-5', problem: 'Proyektor mati', solution: '' })
    const first = await addProblem(ctx, {
      trainingId: 't1',
      day: 1,
      sessionId: null,
      problem: 'Peserta terlambat',
      solution: 'Jadwal digeser',
    })
    await addProblem(ctx, { trainingId: 't2', day: 1, sessionId: null, problem: 'Pelatihan lain', solution: '' })
    expect(late.at).toBeLessThan(first.at)
    await updateProblem(ctx, late.id, { solution: 'Pakai kertas plano' })
    const list = await listProblems(ctx.db, 't1')
    expect(list.map((p) => [p.day, p.problem, p.solution])).toEqual([
      [1, 'Peserta terlambat', 'Jadwal digeser'],
      [2, 'Proyektor mati', 'Pakai kertas plano'],
    ])
    expect(list[1]?.sessionId).toBe('s-5')
    await removeProblem(ctx, first.id)
    expect((await listProblems(ctx.db, 't1')).map((p) => p.problem)).toEqual(['Proyektor mati'])
    await restoreProblem(ctx, first.id)
    expect(await listProblems(ctx.db, 't1')).toHaveLength(2)
  })

  it('journals every problem, so the disk copy has it too', async () => {
    const ctx = createTestContext()
    const row = await addProblem(ctx, { trainingId: 't1', day: 1, sessionId: null, problem: 'Listrik padam', solution: 'Genset' })
    const journaled = ctx.bridge.entries.flatMap((e) => e.changes).filter((c) => c.op === 'put' && c.table === 'problems')
    expect(journaled).toHaveLength(1)
    expect(journaled[0]).toMatchObject({ row: { id: row.id, problem: 'Listrik padam' } })
  })

  it('refuses a day outside the training and keeps the row as it was', async () => {
    const ctx = createTestContext()
    const row = await addProblem(ctx, { trainingId: 't1', day: 1, sessionId: null, problem: 'Hujan deras', solution: '' })
    await expect(updateProblem(ctx, row.id, { day: 0 })).rejects.toThrow()
    expect((await listProblems(ctx.db, 't1'))[0]?.day).toBe(1)
  })

  it('puts the problems of the training in the report snapshot', async () => {
    const ctx = createTestContext()
    const training = await createTraining(ctx, { title: 'Manajemen Relawan', startDate: '2026-12-01', days: 2 })
    await addProblem(ctx, { trainingId: training.id, day: 1, sessionId: null, problem: 'Ruang terlalu panas', solution: 'Kipas' })
    const snapshot = await readTrainingSnapshot(ctx.db, training.id)
    expect(snapshot?.problems?.map((p) => p.problem)).toEqual(['Ruang terlalu panas'])
  })
})
