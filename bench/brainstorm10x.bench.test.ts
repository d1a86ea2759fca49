import { expect, it } from 'vitest'
import { formatBrainstorm10xBench, runBrainstorm10xBench, TEN_X_BUDGET } from './brainstorm10x'

// Not part of `npm test`: `npm run bench` builds first, then runs this with bench/brainstorm10x.vitest.config.ts.
it('opens the brainstorm board of a 10,000-card training within 1 s and types with p95 under 50 ms', async () => {
  const result = await runBrainstorm10xBench()
  console.log(formatBrainstorm10xBench(result))
  expect(result.cards).toBe(10_000)
  // Virtualised: the cards in view, not the round's 4,000.
  expect(result.cardNodes).toBeLessThan(300)
  expect(result.keystrokeSamples).toBeGreaterThan(100)
  expect(result.openMs).toBeLessThanOrEqual(TEN_X_BUDGET.openMs)
  expect(result.keystrokeP95Ms).toBeLessThan(TEN_X_BUDGET.keystrokeP95Ms)
}, 900_000)
