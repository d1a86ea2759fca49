import { expect, it } from 'vitest'
import { formatKeystrokeBench, KEYSTROKE_BUDGET, runKeystrokeBench } from './keystrokeBench'

// Not part of `npm test`: `npm run bench` builds first, then runs this with bench/keystroke.vitest.config.ts.
it('types a card on a board of 400 and 2,000 cards nearly as fast as on an empty page', async () => {
  const result = await runKeystrokeBench()
  console.log(formatKeystrokeBench(result))
  const judged = result.rows.filter((r) => r.judged)
  expect(judged).toHaveLength(3)
  for (const row of judged) {
    expect(row.samples, row.scenario).toBeGreaterThan(100)
    expect(row.ratio ?? Infinity, row.scenario).toBeLessThanOrEqual(KEYSTROKE_BUDGET.ratio)
    expect(row.p95Ms, row.scenario).toBeLessThanOrEqual(KEYSTROKE_BUDGET.p95Ms)
  }
}, 300_000)
