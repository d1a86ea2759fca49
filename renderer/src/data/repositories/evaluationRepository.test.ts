import { describe, expect, it } from 'vitest'
import { evaluationAverages } from '../../../../shared/capture/evaluationAverages'
import { prePostGain } from '../../../../shared/capture/prePostGain'
import { createTestContext } from '../__fixtures__/testContext'
import { evaluationIds, listEvaluations, saveDailyForm, saveDailyTallies, setTestScore } from './evaluationRepository'

describe('evaluationRepository', () => {
  it('saves one daily form per participant and day, replacing it when edited', async () => {
    const ctx = createTestContext()
    await saveDailyForm(ctx, 't1', 1, 'p1', { ratings: { content: 3 }, wentWell: '', toImprove: '' })
    await saveDailyForm(ctx, 't1', 1, 'p1', { ratings: { content: 5, venue: 4, time: 2 }, wentWell: 'Games' })
    await saveDailyForm(ctx, 't1', 1, 'p1', { ratings: { time: null } })
    await saveDailyTallies(ctx, 't1', 1, { tallies: { content: [0, 0, 0, 1, 1], venue: [1, 0, 0, 0, 0] } })
    await saveDailyTallies(ctx, 't1', 1, { tallies: { venue: null } })
    const rows = await listEvaluations(ctx.db, 't1')
    expect(rows).toHaveLength(2)
    expect(rows.find((r) => r.id === evaluationIds.daily('p1', 1))?.createdAt).toBeLessThan(
      rows.find((r) => r.id === evaluationIds.daily('p1', 1))?.updatedAt ?? 0,
    )
    expect(rows.find((r) => r.participantId === 'p1')?.ratings).toEqual({ content: 5, venue: 4 })
    expect(rows.find((r) => r.participantId === 'p1')?.wentWell).toBe('Games')
    const [day1] = evaluationAverages(rows, ['content', 'venue'])
    expect(day1?.questions[0]?.average).toBeCloseTo((5 + 4 + 5) / 3)
    expect(day1?.forms).toBe(3)
  })

  it('sets, changes and clears test scores', async () => {
    const ctx = createTestContext()
    await setTestScore(ctx, 't1', 'p1', 'pre', 40)
    await setTestScore(ctx, 't1', 'p1', 'post', 65)
    await setTestScore(ctx, 't1', 'p2', 'pre', 70)
    await setTestScore(ctx, 't1', 'p2', 'post', 60)
    await setTestScore(ctx, 't1', 'p2', 'post', null)
    const result = prePostGain(await listEvaluations(ctx.db, 't1'), [{ id: 'p1' }, { id: 'p2' }])
    expect(result.paired).toBe(1)
    expect(result.averageGain).toBe(25)
    await expect(setTestScore(ctx, 't1', 'p1', 'pre', 120)).rejects.toThrow()
  })

  it('keeps every rating of ratings clicked in quick succession', async () => {
    const ctx = createTestContext()
    await Promise.all(
      ['content', 'facilitators', 'method', 'time', 'venue'].map((q, i) => saveDailyForm(ctx, 't1', 2, 'p1', { ratings: { [q]: i + 1 } })),
    )
    const [row] = await listEvaluations(ctx.db, 't1')
    expect(row?.ratings).toEqual({ content: 1, facilitators: 2, method: 3, time: 4, venue: 5 })
  })
})
