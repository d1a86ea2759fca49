import { describe, expect, it } from 'vitest'
import { ROW_BUILDERS } from '../../../shared/exchange/__fixtures__/rowBuilders'
import { EMPTY_APPROVAL } from '../../../shared/model/training'
import { createTestContext } from './__fixtures__/testContext'
import { readTrainingSnapshot } from './repositories/reportSnapshot'
import { getTraining, updateTraining } from './repositories/trainingRepository'

describe('a training stored before the approval page existed', () => {
  it('reads with an empty approval page, foreword and test questions, and takes edits of them', async () => {
    const ctx = createTestContext()
    const { approval: _a, foreword: _f, testQuestions: _q, ...old } = ROW_BUILDERS.trainings('tr-old')
    // Written straight into the store, as the previous version left it.
    await ctx.db.trainings.put(old as never)
    const read = await getTraining(ctx.db, 'tr-old')
    expect(read?.approval).toEqual(EMPTY_APPROVAL)
    expect(read?.foreword).toBe('')
    expect(read?.testQuestions).toEqual([])
    expect((await readTrainingSnapshot(ctx.db, 'tr-old'))?.training.approval).toEqual(EMPTY_APPROVAL)
    await updateTraining(ctx, 'tr-old', { foreword: 'Kata pengantar.' })
    const edited = await getTraining(ctx.db, 'tr-old')
    expect(edited?.foreword).toBe('Kata pengantar.')
    expect(edited?.approval).toEqual(EMPTY_APPROVAL)
  })
})
