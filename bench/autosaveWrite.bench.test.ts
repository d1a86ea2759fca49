import { expect, it } from 'vitest'
import { AUTOSAVE_BUDGET, formatAutosaveWriteBench, runAutosaveWriteBench } from './autosaveWrite'

// Not part of `npm test`: run with `npx vitest run --config bench/autosaveWrite.vitest.config.ts`.
it('writes a note through the commit path within 2x a raw write of the same row as durable, in Chromium', async () => {
  const result = await runAutosaveWriteBench()
  console.log(formatAutosaveWriteBench(result))
  expect(result.chromium.updates).toBe(200)
  expect(result.node.updates).toBe(200)
  expect(result.chromium.idbRatio).toBeLessThanOrEqual(AUTOSAVE_BUDGET)
  expect(result.chromium.savedRatio).toBeLessThanOrEqual(AUTOSAVE_BUDGET)
}, 600_000)
