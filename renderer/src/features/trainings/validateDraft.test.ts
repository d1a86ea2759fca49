import { describe, expect, it } from 'vitest'
import { createTraining } from '../../../../shared/model/newTraining'
import { validateDraft, type Draft } from './useTrainingDraft'

function draftOf(patch: Partial<Draft> = {}): Draft {
  const t = createTraining({ title: 'Mobilisasi Sumber Daya OMS', startDate: '2026-12-01', days: 3 }, 't', 1)
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, evaluationQuestions: _e, reportSections: _r, ...rest } = t
  return {
    ...rest,
    feeAmount: '',
    quotaMin: '',
    quotaMax: '',
    perOrganizationMax: '',
    registrationDue: '',
    paymentDue: '',
    budgetAmount: '',
    ...patch,
  }
}

describe('validateDraft', () => {
  it('saves every valid field, with empty numbers and dates as "not set"', () => {
    const { patch, errors } = validateDraft(draftOf({ feeAmount: 3_500_000, quotaMax: 25, registrationDue: '2026-11-20' }))
    expect(errors).toEqual({})
    expect(patch).toMatchObject({ feeAmount: 3_500_000, quotaMax: 25, quotaMin: null, registrationDue: '2026-11-20', paymentDue: null })
  })

  it('keeps an invalid field out of the patch and names why', () => {
    const { patch, errors } = validateDraft(draftOf({ title: '  ', days: 12, dailyStart: '8.30', quotaMin: -1 }))
    expect(errors).toEqual({
      title: 'training.errors.titleRequired',
      days: 'training.errors.daysRange',
      dailyStart: 'tor.errors.time',
      quotaMin: 'tor.errors.number',
    })
    expect(patch).not.toHaveProperty('title')
    expect(patch).not.toHaveProperty('days')
    expect(patch.venue).toBe('')
  })

  it('refuses a day that ends before it starts and a minimum above the maximum', () => {
    const { patch, errors } = validateDraft(draftOf({ dailyStart: '09:00', dailyEnd: '08:00', quotaMin: 30, quotaMax: 20 }))
    expect(errors).toEqual({ dailyEnd: 'tor.errors.endBeforeStart', quotaMin: 'tor.errors.quota' })
    expect(patch.dailyEnd).toBeUndefined()
    expect(patch.quotaMin).toBeUndefined()
    expect(patch.quotaMax).toBe(20)
  })

  it('keeps lists and HTML text exactly as typed', () => {
    const { patch } = validateDraft(draftOf({ objectives: ['<b>Memahami</b> relawan', ''], background: '<script>x</script>' }))
    expect(patch.objectives).toEqual(['<b>Memahami</b> relawan', ''])
    expect(patch.background).toBe('<script>x</script>')
  })

  it('saves the budget in whole rupiah and the realisation table, empty amounts as "not known"', () => {
    const line = { id: 'b1', item: 'Konsumsi', budget: 9_000_000, realised: '' }
    const { patch, errors } = validateDraft(draftOf({ budgetAmount: 45_000_000, budgetLines: [line], fundingSource: 'Hibah' }))
    expect(errors).toEqual({})
    expect(patch).toMatchObject({ budgetAmount: 45_000_000, budgetLines: [{ ...line, realised: null }], fundingSource: 'Hibah' })
  })

  it('refuses a bad amount with the rupiah message and saves nothing of that field', () => {
    const lines = [{ id: 'b1', item: 'Sewa ruang', budget: 6_000_000, realised: 10_000_000_000_001 }]
    const { patch, errors } = validateDraft(draftOf({ budgetAmount: 1500.5, budgetLines: lines, evaluationPlan: 'Formulir harian' }))
    expect(errors).toEqual({ budgetAmount: 'tor.errors.amount', budgetLines: 'tor.errors.amount' })
    expect(patch).not.toHaveProperty('budgetAmount')
    expect(patch).not.toHaveProperty('budgetLines')
    expect(patch.evaluationPlan).toBe('Formulir harian')
  })
})
