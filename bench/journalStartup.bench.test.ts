import { expect, it } from 'vitest'
import { formatJournalStartupBench, JOURNAL_STARTUP_BUDGET_MS, runJournalStartupBench } from './journalStartup'

// Not part of `npm test`: run with `npx vitest run --config bench/journalStartup.vitest.config.ts`.
it('opens a journal with a 350 MB history in under a second', async () => {
  const result = await runJournalStartupBench()
  console.log(formatJournalStartupBench(result))
  expect(result.historyBytes).toBeGreaterThan(300 * 1024 * 1024)
  expect(result.historyMs).toBeLessThan(JOURNAL_STARTUP_BUDGET_MS)
}, 600_000)
