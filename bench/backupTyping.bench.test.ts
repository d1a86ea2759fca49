import { expect, it } from 'vitest'
import { formatBackupTypingBench, runBackupTypingBench } from './backupTyping'

// Not part of `npm test`: build first (`npx electron-vite build`), then run with
// `npx vitest run --config bench/backupTyping.vitest.config.ts`.
it('keeps every main-thread task under 50 ms while typing during a large backup', async () => {
  const result = await runBackupTypingBench()
  console.log(formatBackupTypingBench(result))
  expect(result.cards).toBeGreaterThanOrEqual(5000)
  expect(result.participants).toBe(1000)
  expect(result.typedDuringBackup).toBe(true)
  expect(result.backingUp.longestTaskCpuMs).toBeLessThanOrEqual(50)
}, 600_000)
