import { expect, it } from 'vitest'
import { formatKeystrokeBench, runKeystrokeBench } from './keystrokeBench'

// Not part of `npm test`: `npm run bench` builds first, then runs this with bench/keystroke.vitest.config.ts.
it('types a card on a board of 400 and 2,000 cards as fast as on an empty page', async () => {
  const result = await runKeystrokeBench()
  console.log(formatKeystrokeBench(result))
  for (const row of result.rows.slice(1, 3)) expect(row.ratio ?? Infinity, row.scenario).toBeLessThanOrEqual(1.5)
  for (const row of result.rows.slice(4, 6)) expect(row.p95Ms, row.scenario).toBeLessThanOrEqual(16)
}, 240_000)
