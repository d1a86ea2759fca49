import { expect, it } from 'vitest'
import { formatDocxBench, runDocxBench } from './docxBench'
import { formatReportBench, runReportBench } from './reportBench'

// Not part of `npm test`: run with `npx vitest run --config bench/report.vitest.config.ts`.
it('builds and renders the report within its budget against raw jsPDF text', () => {
  const result = runReportBench()
  console.log(formatReportBench(result))
  for (const row of result.rows) expect(row.ratio).toBeLessThanOrEqual(3)
  expect(result.growth).toBeLessThanOrEqual(3.3)
}, 300_000)

it('renders the Word copy of the large report within twice the time of its PDF', async () => {
  const result = await runDocxBench()
  console.log(formatDocxBench(result))
  expect(result.ratio).toBeLessThanOrEqual(2)
}, 300_000)
