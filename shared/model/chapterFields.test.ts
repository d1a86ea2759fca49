import { describe, expect, it } from 'vitest'
import { ROW_BUILDERS } from '../exchange/__fixtures__/rowBuilders'
import { AMOUNT_MESSAGE, budgetLineSchema, budgetTotals, MAX_RUPIAH } from './budget'
import { problemSchema } from './problem'
import { sessionSchema } from './session'
import { emptyChapterFields, trainingSchema } from './training'

/** A row as the version before the chapter fields stored it: the same row without them. */
function storedBeforeChapterFields(): Record<string, unknown> {
  const row: Record<string, unknown> = { ...ROW_BUILDERS.trainings('tr-1') }
  for (const field of Object.keys(emptyChapterFields())) delete row[field]
  return row
}

describe('the chapter fields of a training', () => {
  it('are empty on a row stored by the current version, which still parses as it is', () => {
    const stored = storedBeforeChapterFields()
    expect(stored).not.toHaveProperty('basis')
    const parsed = trainingSchema.parse(stored)
    expect(parsed).toEqual({ ...stored, ...emptyChapterFields() })
  })

  it('keep what was filled in', () => {
    const parsed = trainingSchema.parse({
      ...storedBeforeChapterFields(),
      basis: ['Perjanjian hibah No. 12/2024'],
      fundingSource: 'Hibah Yayasan Contoh',
      budgetAmount: 45_000_000,
      budgetLines: [{ id: 'b1', item: 'Konsumsi', budget: 9_000_000, realised: 8_750_000 }],
      dayDynamics: ['Peserta masih malu-malu', 'Diskusi hidup'],
    })
    expect(parsed.budgetLines[0]?.realised).toBe(8_750_000)
    expect(parsed.dayDynamics).toHaveLength(2)
  })

  it('gives a session row stored before equipment existed no equipment', () => {
    const stored: Record<string, unknown> = { ...ROW_BUILDERS.sessions('s-1') }
    delete stored.equipment
    expect(sessionSchema.parse(stored).equipment).toBe('')
  })
})

describe('amounts of rupiah', () => {
  it.each([
    ['a negative amount', -1],
    ['cents', 1500.5],
    ['more than ten trillion', MAX_RUPIAH + 1],
    ['not a number', Number.NaN],
    ['text', '1.500.000'],
  ])('refuse %s with a message', (_, amount) => {
    const budget = trainingSchema.shape.budgetAmount.safeParse(amount)
    expect(budget.success).toBe(false)
    expect(budget.error?.issues[0]?.message).toBe(AMOUNT_MESSAGE)
    const line = budgetLineSchema.safeParse({ id: 'b1', item: 'Sewa ruang', budget: 1_000_000, realised: amount })
    expect(line.success).toBe(false)
    expect(line.error?.issues[0]?.path).toEqual(['realised'])
    expect(line.error?.issues[0]?.message).toBe(AMOUNT_MESSAGE)
  })

  it('take zero, whole rupiah up to ten trillion, and nothing (null)', () => {
    for (const amount of [0, 3_500_000, MAX_RUPIAH, null]) expect(trainingSchema.shape.budgetAmount.safeParse(amount).success).toBe(true)
  })

  it('add up per column, empty cells counting as nothing, with the share spent', () => {
    const lines = [
      { id: 'a', item: 'Konsumsi', budget: 9_000_000, realised: 8_750_000 },
      { id: 'b', item: 'Sewa ruang', budget: 6_000_000, realised: 6_000_000 },
      { id: 'c', item: 'Transport', budget: 5_000_000, realised: null },
    ]
    expect(budgetTotals(lines)).toEqual({ budget: 20_000_000, realised: 14_750_000, percent: 73.8 })
    expect(budgetTotals([])).toEqual({ budget: 0, realised: 0, percent: null })
  })
})

describe('a problem and its solution', () => {
  const row = ROW_BUILDERS.problems('pr-1')

  it('belongs to a day and maybe a session, with when it was noted', () => {
    expect(problemSchema.parse({ ...row, sessionId: null })).toMatchObject({ day: 1, sessionId: null, problem: row.problem })
  })

  it('is refused outside the days a training can have', () => {
    expect(problemSchema.safeParse({ ...row, day: 0 }).success).toBe(false)
    expect(problemSchema.safeParse({ ...row, day: 11 }).success).toBe(false)
  })
})
