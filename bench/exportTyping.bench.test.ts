import { expect, it } from 'vitest'
import { formatExportTypingBench, runExportTypingBench } from './exportTyping'

// Not part of `npm test`: build first (`npx electron-vite build`), then run with
// `npx vitest run --config bench/exportTyping.vitest.config.ts`.
it('keeps every main-thread task under 50 ms while typing during a large export', async () => {
  const result = await runExportTypingBench()
  console.log(formatExportTypingBench(result))
  expect(result.typedDuringExport).toBe(true)
  expect(result.exporting.longestTaskCpuMs).toBeLessThanOrEqual(50)
  expect(result.typedDuringDocx).toBe(true)
  expect(result.exportingDocx.longestTaskCpuMs).toBeLessThanOrEqual(50)
}, 600_000)
