import { describe, expect, it } from 'vitest'
import { fixtureRows } from './__fixtures__/fixtureRows'
import { scoreBands, summarizeDaily, summarizePrePost } from './evaluationSummary'

const r = fixtureRows('tr')

describe('summarizeDaily', () => {
  it('averages individual forms and paper tallies together, per question and day', () => {
    const evaluations = [
      r.evaluation({ kind: 'daily', day: 1, ratings: { q1: 5, q2: 4 }, wentWell: ' Seru ' }),
      r.evaluation({ kind: 'daily', day: 1, ratings: { q1: 3 } }),
      r.evaluation({ kind: 'daily', day: 2, tallies: { q1: [0, 0, 1, 1, 2] }, toImprove: 'Ruangan panas' }),
      r.evaluation({ kind: 'daily', day: 2, ratings: { old: 2 } }),
      r.evaluation({ kind: 'pre', participantId: 'p', score: 50 }),
    ]
    const summary = summarizeDaily(evaluations, [{ id: 'q1', label: 'Materi' }, { id: 'q2', label: 'Fasilitator' }, { id: 'q3', label: 'Tempat' }], (q) => q.label || q.id)
    expect(summary.days).toEqual([1, 2])
    expect(summary.questions).toEqual([
      { id: 'q1', label: 'Materi', perDay: [4, 4.25], overall: 25 / 6 },
      { id: 'q2', label: 'Fasilitator', perDay: [4, null], overall: 4 },
      { id: 'old', label: 'old', perDay: [null, 2], overall: 2 },
    ])
    expect(summary.formsPerDay).toEqual([2, 5])
    expect(summary.wentWell).toEqual(['Seru'])
    expect(summary.toImprove).toEqual(['Ruangan panas'])
  })
})

describe('summarizePrePost', () => {
  it('pairs scores per participant, uses the latest record and counts who improved', () => {
    const people = ['Ani', 'Budi', 'Citra'].map((name) => r.participant({ name }))
    const [ani, budi, citra] = people.map((p) => p.id) as [string, string, string]
    const summary = summarizePrePost(
      [
        r.evaluation({ kind: 'pre', participantId: ani, score: 40 }),
        r.evaluation({ kind: 'post', participantId: ani, score: 70, updatedAt: 1 }),
        r.evaluation({ kind: 'post', participantId: ani, score: 80, updatedAt: 2 }),
        r.evaluation({ kind: 'pre', participantId: budi, score: 60 }),
        r.evaluation({ kind: 'post', participantId: budi, score: 50 }),
        r.evaluation({ kind: 'pre', participantId: citra, score: 30 }),
      ],
      people,
    )
    expect(summary.rows).toEqual([
      { name: 'Ani', pre: 40, post: 80, gain: 40 },
      { name: 'Budi', pre: 60, post: 50, gain: -10 },
      { name: 'Citra', pre: 30, post: null, gain: null },
    ])
    expect(summary).toMatchObject({ paired: 2, averagePre: 50, averagePost: 65, averageGain: 15, improved: 1 })
  })

  it('puts scores in bands of twenty points', () => {
    expect(scoreBands([0, 20, 21, 40, 55, 80, 81, 100])).toEqual([2, 2, 1, 1, 2])
  })
})
