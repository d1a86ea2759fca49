import { expect, it } from 'vitest'
import { formatImports, measureParticipantImport, measureRestore, type ImportRow } from './imports'

const rows: ImportRow[] = []

// Not part of `npm test`: `npm run bench` builds first, then runs this with bench/imports.vitest.config.ts.
it('imports a 50,000-row participant list into a training at ten times the size without a task over 200 ms', async () => {
  const row = await measureParticipantImport()
  rows.push(row)
  console.log(formatImports([row], 'Participant import (Chromium, production build)'))
  expect(row.longestTaskMs, row.scenario).toBeLessThanOrEqual(row.goalMs)
}, 900_000)

it('restores a large backup (about 36 MB) without a task over 200 ms', async () => {
  const row = await measureRestore()
  rows.push(row)
  console.log(formatImports(rows, 'Imports at ten times the size: longest task and total time (Chromium, production build)'))
  expect(row.longestTaskMs, row.scenario).toBeLessThanOrEqual(row.goalMs)
}, 900_000)
