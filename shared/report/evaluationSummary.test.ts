import { describe, expect, it } from 'vitest'
import { fixtureRows } from './__fixtures__/fixtureRows'
import { scoreBands, summarizeDaily } from './evaluationSummary'

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
    const summary = summarizeDaily(
      evaluations,
      [
        { id: 'q1', label: 'Materi' },
        { id: 'q2', label: 'Fasilitator' },
        { id: 'q3', label: 'Tempat' },
      ],
      (q) => q.label || q.id,
    )
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

describe('scoreBands', () => {
  it('puts scores in bands of twenty points', () => {
    expect(scoreBands([0, 20, 21, 40, 55, 80, 81, 100])).toEqual([2, 2, 1, 1, 2])
  })
})
