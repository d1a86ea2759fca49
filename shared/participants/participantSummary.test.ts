import { describe, expect, it } from 'vitest'
import { makeParticipant, totParticipants } from './__fixtures__/participants'
import { participantSummary } from './participantSummary'

const pairs = (rows: { key: string; count: number }[]) => rows.map((r) => [r.key, r.count])

describe('participantSummary', () => {
  const summary = participantSummary(totParticipants())

  it('counts the TOT participants as the report table does: 20, 13 women and 7 men, 1 observer', () => {
    expect(summary.total).toBe(20)
    expect(summary.observers).toBe(1)
    expect(pairs(summary.byGender)).toEqual([
      ['female', 13],
      ['male', 7],
    ])
  })

  it('counts the field facilitators by district, most first, "not stated" last', () => {
    expect(pairs(summary.byRegion)).toEqual([
      ['Kab. Jember', 2],
      ['Kab. Malang', 2],
      ['Kab. Probolinggo', 2],
      ['Kota Malang', 2],
      ['Kota Surabaya', 2],
      ['Kab. Mojokerto', 1],
      ['Kab. Sidoarjo', 1],
      ['Kota Batu', 1],
      ['Kota Mojokerto', 1],
      ['', 6],
    ])
    const jember = summary.byRegion.find((r) => r.key === 'Kab. Jember')
    expect(jember?.genders).toEqual({ female: 1, male: 1, other: 0, unstated: 0 })
  })

  it('counts by position and organisation', () => {
    expect(summary.byPosition[0]).toMatchObject({ key: 'Fasilitator Lapang', count: 14, genders: { female: 11, male: 3 } })
    expect(summary.byPosition).toHaveLength(7)
    expect(pairs(summary.byOrganization)).toEqual([['MWPRI Jawa Timur', 20]])
  })

  it('merges spellings of one value and shows the most common one', () => {
    const list = [
      makeParticipant({ id: '1', name: 'A', region: 'Kab. Malang', gender: 'female' }),
      makeParticipant({ id: '2', name: 'B', region: 'kab malang', gender: 'male' }),
      makeParticipant({ id: '3', name: 'C', region: 'Kab. Malang ', gender: 'other' }),
    ]
    const result = participantSummary(list)
    expect(pairs(result.byRegion)).toEqual([['Kab. Malang', 3]])
    expect(pairs(result.byGender)).toEqual([
      ['female', 1],
      ['male', 1],
      ['other', 1],
    ])
  })

  it('gives zero rows for women and men on an empty list', () => {
    const empty = participantSummary([])
    expect(empty.total).toBe(0)
    expect(pairs(empty.byGender)).toEqual([
      ['female', 0],
      ['male', 0],
    ])
    expect(empty.byRegion).toEqual([])
  })
})
