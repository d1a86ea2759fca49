import { describe, expect, it } from 'vitest'
import type { Evaluation } from '../model/evaluation'
import { evaluationAverages } from './evaluationAverages'
import { prePostGain } from './prePostGain'

let n = 0
function row(patch: Partial<Evaluation>): Evaluation {
  n += 1
  return {
    id: `e${n}`,
    trainingId: 't',
    createdAt: n,
    updatedAt: n,
    deletedAt: null,
    kind: 'daily',
    day: 1,
    participantId: null,
    ratings: {},
    tallies: {},
    wentWell: '',
    toImprove: '',
    score: null,
    ...patch,
  }
}

describe('evaluationAverages', () => {
  it('averages per question and day, combining individual forms and paper tallies', () => {
    const rows = [
      row({ participantId: 'a', ratings: { content: 5, venue: 3 }, wentWell: 'Games' }),
      row({ participantId: 'b', ratings: { content: 4, venue: 2 }, toImprove: 'Sound' }),
      // 3 paper forms: content 3, 4, 4
      row({ tallies: { content: [0, 0, 1, 2, 0] } }),
      row({ day: 2, participantId: 'a', ratings: { content: 2 } }),
    ]
    const [day1, day2] = evaluationAverages(rows, ['content', 'facilitators', 'venue'])
    expect(day1?.day).toBe(1)
    expect(day1?.forms).toBe(5)
    const content = day1?.questions.find((q) => q.questionId === 'content')
    expect(content?.answers).toBe(5)
    expect(content?.average).toBeCloseTo((5 + 4 + 3 + 4 + 4) / 5)
    expect(content?.counts).toEqual([0, 0, 1, 3, 1])
    expect(day1?.questions.find((q) => q.questionId === 'facilitators')?.average).toBeNull()
    expect(day1?.questions.find((q) => q.questionId === 'venue')?.average).toBeCloseTo(2.5)
    expect(day1?.wentWell).toEqual(['Games'])
    expect(day1?.toImprove).toEqual(['Sound'])
    expect(day2?.questions.find((q) => q.questionId === 'content')?.average).toBe(2)
  })

  it('ignores deleted rows, pre/post scores, and keeps answers to questions no longer listed', () => {
    const rows = [
      row({ participantId: 'a', ratings: { content: 5, old: 1 } }),
      row({ participantId: 'b', ratings: { content: 1 }, deletedAt: 99 }),
      row({ kind: 'pre', day: null, participantId: 'a', score: 40 }),
    ]
    const [day1] = evaluationAverages(rows, ['content'])
    expect(day1?.forms).toBe(1)
    expect(day1?.questions.map((q) => [q.questionId, q.average])).toEqual([
      ['content', 5],
      ['old', 1],
    ])
  })

  it('returns nothing without daily forms', () => {
    expect(evaluationAverages([], ['content'])).toEqual([])
  })
})

describe('prePostGain', () => {
  it('computes the average gain and share improved over participants with both scores', () => {
    const rows = [
      row({ kind: 'pre', day: null, participantId: 'a', score: 40 }),
      row({ kind: 'post', day: null, participantId: 'a', score: 70 }),
      row({ kind: 'pre', day: null, participantId: 'b', score: 60 }),
      row({ kind: 'post', day: null, participantId: 'b', score: 50 }),
      row({ kind: 'pre', day: null, participantId: 'c', score: 30 }),
      row({ kind: 'post', day: null, participantId: 'c', score: 80 }),
      row({ kind: 'pre', day: null, participantId: 'd', score: 20 }),
      row({ kind: 'post', day: null, participantId: 'gone', score: 100 }),
    ]
    const result = prePostGain(
      rows,
      ['a', 'b', 'c', 'd', 'observer'].map((id) => ({ id })),
    )
    expect(result.paired).toBe(3)
    expect(result.averageGain).toBeCloseTo((30 - 10 + 50) / 3)
    expect(result.improved).toBe(2)
    expect(result.improvedShare).toBeCloseTo(2 / 3)
    // Each average is the average of its column: everyone who sat that test.
    expect(result.averagePre).toBeCloseTo((40 + 60 + 30 + 20) / 4)
    expect(result.preCount).toBe(4)
    expect(result.averagePost).toBeCloseTo((70 + 50 + 80) / 3)
    expect(result.postCount).toBe(3)
    expect(result.pairs.map((p) => p.participantId)).toEqual(['a', 'b', 'c', 'd'])
    expect(result.pairs.find((p) => p.participantId === 'd')).toEqual({ participantId: 'd', pre: 20, post: null, gain: null })
  })

  it('uses the latest score, ignores deleted and empty ones, and gives nulls without pairs', () => {
    const rows = [
      row({ kind: 'pre', day: null, participantId: 'a', score: 10, updatedAt: 1 }),
      row({ kind: 'pre', day: null, participantId: 'a', score: 50, updatedAt: 5 }),
      row({ kind: 'post', day: null, participantId: 'a', score: 50, deletedAt: 7 }),
    ]
    const result = prePostGain(rows, [{ id: 'a' }])
    expect(result.pairs).toEqual([{ participantId: 'a', pre: 50, post: null, gain: null }])
    expect(result.averageGain).toBeNull()
    expect(result.improvedShare).toBeNull()
    expect(prePostGain([], []).averagePre).toBeNull()
  })
})
