import { z } from 'zod'
import { idSchema, shortText } from './common'

/**
 * Largest amount of rupiah a budget field takes: ten trillion, far above any training budget and
 * still exact in a double, so totals never round.
 */
export const MAX_RUPIAH = 10_000_000_000_000

/** Why an amount was refused; the UI shows it as `tor.errors.amount`. */
export const AMOUNT_MESSAGE = 'amount must be a whole number of rupiah from 0 to 10,000,000,000,000'

/** An amount in whole rupiah (the currency has no cents in practice). */
export const rupiahAmount = z
  .number({ error: AMOUNT_MESSAGE })
  .int({ error: AMOUNT_MESSAGE })
  .min(0, { error: AMOUNT_MESSAGE })
  .max(MAX_RUPIAH, { error: AMOUNT_MESSAGE })

/** One row of the budget realisation table: what was planned for an item and what was spent. */
export const budgetLineSchema = z.object({
  id: idSchema,
  item: shortText,
  /** Planned amount; null while not filled in. */
  budget: rupiahAmount.nullable(),
  /** Amount actually spent; null while not known. */
  realised: rupiahAmount.nullable(),
})
export type BudgetLine = z.infer<typeof budgetLineSchema>

/** The sums of a realisation table and the share spent (null when nothing was budgeted). */
export interface BudgetTotals {
  budget: number
  realised: number
  /** Realised as a percentage of budget, rounded to one decimal. */
  percent: number | null
}

/** Adds up the budget and realised columns; empty cells count as 0. */
export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  const budget = lines.reduce((sum, l) => sum + (l.budget ?? 0), 0)
  const realised = lines.reduce((sum, l) => sum + (l.realised ?? 0), 0)
  return { budget, realised, percent: budget > 0 ? Math.round((realised / budget) * 1000) / 10 : null }
}
