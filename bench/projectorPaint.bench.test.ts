import { expect, it } from 'vitest'
import { formatProjectorPaintBench, PROJECTOR_PAINT_BUDGET_MS, runProjectorPaintBench } from './projectorPaint'

// Not part of `npm test`: `npm run bench` builds first, then runs this with bench/projectorPaint.vitest.config.ts.
it('paints a new card on the projector within 100 ms (median) on a 2,000-card board', async () => {
  const result = await runProjectorPaintBench()
  console.log(formatProjectorPaintBench(result))
  for (const row of result.rows) expect(row.samples, row.scenario).toBe(30)
  expect(result.bigMedianMs).toBeLessThanOrEqual(PROJECTOR_PAINT_BUDGET_MS)
}, 300_000)
