import { expect, it } from 'vitest'
import { formatAppStartupBench, runAppStartupBench, STARTUP_BUDGET } from './appStartup'

// Not part of `npm test`: build first (`npx electron-vite build`), then run with
// `npx vitest run --config bench/appStartup.vitest.config.ts`.
it('starts with a large training within 1.5x the empty app', async () => {
  const result = await runAppStartupBench()
  console.log(formatAppStartupBench(result))
  expect(result.cards).toBe(2000)
  expect(result.photos).toBe(200)
  expect(result.ratio).toBeLessThanOrEqual(STARTUP_BUDGET)
}, 600_000)
