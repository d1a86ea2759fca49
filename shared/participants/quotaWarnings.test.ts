import { describe, expect, it } from 'vitest'
import { makeParticipant, publicTrainingQuota, totParticipants, TOT_TRAINING_ID } from './__fixtures__/participants'
import { quotaWarnings } from './quotaWarnings'

const codes = (warnings: ReturnType<typeof quotaWarnings>) => warnings.map((w) => w.code)
const quota = (q: Partial<ReturnType<typeof publicTrainingQuota>>) => ({ ...publicTrainingQuota(), perOrganizationMax: null, ...q })

describe('quotaWarnings', () => {
  it('is quiet for the TOT: 20 participants on a quota of 20, the observer and the deleted row not counted', () => {
    expect(quotaWarnings(quota({ quotaMin: 7, quotaMax: 20 }), totParticipants())).toEqual([])
  })

  it('warns when the list passes the maximum', () => {
    const list = [...totParticipants(), makeParticipant({ id: 'late', name: 'Peserta Terlambat' })]
    const warnings = quotaWarnings(quota({ quotaMax: 20 }), list)
    expect(codes(warnings)).toEqual(['over-max'])
    expect(warnings[0]).toMatchObject({ reason: 'quota.warning.overMax', params: { count: 21, max: 20 } })
  })

  it('warns when too few have registered', () => {
    const list = totParticipants().slice(0, 5)
    expect(quotaWarnings(quota({ quotaMin: 7 }), list)[0]).toMatchObject({ code: 'under-min', params: { count: 5, min: 7 } })
  })

  it('warns when one organisation sends more than its share, however its name is written', () => {
    const list = [
      makeParticipant({ id: 'a', name: 'Dewi', organization: 'Yayasan Relawan Jogja' }),
      makeParticipant({ id: 'b', name: 'Sri', organization: 'YAYASAN RELAWAN JOGJA' }),
      makeParticipant({ id: 'c', name: 'Tri', organization: 'Yayasan  Relawan Jogja ' }),
      makeParticipant({ id: 'd', name: 'Eko', organization: 'LBH Makassar' }),
      makeParticipant({ id: 'e', name: 'Obs', organization: 'LBH Makassar', observer: true }),
      makeParticipant({ id: 'f', name: 'Del', organization: 'LBH Makassar', deletedAt: 1 }),
      makeParticipant({ id: 'g', name: 'Lone', organization: 'LBH Makassar' }),
    ]
    const warnings = quotaWarnings(publicTrainingQuota(), list)
    expect(codes(warnings)).toEqual(['under-min', 'org-over-limit'])
    expect(warnings[1]).toMatchObject({
      params: { organization: 'Yayasan Relawan Jogja', count: 3, max: 2 },
      participantIds: ['a', 'b', 'c'],
    })
  })

  it('points at entries that look like the same person', () => {
    const list = [
      makeParticipant({ id: 'a', name: "Siti Nur'aini", organization: 'Yayasan A' }),
      makeParticipant({ id: 'b', name: 'Siti Nuraini', organization: 'Yayasan B' }),
      makeParticipant({ id: 'c', name: 'Dewi', phone: '0812-1111-2222' }),
      makeParticipant({ id: 'd', name: 'Dewi Lestari', phone: '+62 812 1111 2222' }),
      makeParticipant({ id: 'e', name: 'Dewi Lestari', deletedAt: 3 }),
    ]
    const warnings = quotaWarnings(quota({}), list).filter((w) => w.code === 'possible-duplicate')
    expect(warnings.map((w) => w.participantIds)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(warnings[0]?.params).toEqual({ name: "Siti Nur'aini", count: 2 })
  })

  it('counts only the participants of this training', () => {
    const list = totParticipants().map((p, i) => (i < 3 ? { ...p, trainingId: 'other' } : p))
    expect(quotaWarnings({ id: TOT_TRAINING_ID, quotaMin: 18, quotaMax: null, perOrganizationMax: null }, list)[0]?.params).toEqual({
      count: 17,
      min: 18,
    })
  })
})
