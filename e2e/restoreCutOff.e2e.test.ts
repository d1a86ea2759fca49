import { afterEach, expect, it } from 'vitest'
import { createExportFile } from '../shared/exchange/createExportFile'
import { CURRENT_SCHEMA_VERSION } from '../shared/migrations/rowMigrations'
import type { TableName } from '../shared/model/tables'
import { sizedTrainingChanges } from '../scripts/fixtures/sizedTraining'
import { createAppHarness, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

/** How many rows of a table the page's database holds (read with IndexedDB itself). */
function storedCount(table: string): string {
  return `new Promise((resolve, reject) => {
    const open = indexedDB.open('pelatih')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const request = open.result.transaction(${JSON.stringify(table)}).objectStore(${JSON.stringify(table)}).count()
      request.onsuccess = () => { open.result.close(); resolve(request.result) }
      request.onerror = () => reject(request.error)
    }
  })`
}

it('finishes a restore cut off by closing the window at the next start, and says so', async () => {
  // A training with enough cards that the restore takes a dozen commits.
  const { snapshot, changes } = sizedTrainingChanges({ participants: 100, days: 3, cards: 6000, actionPlans: 200 })
  const tables: Partial<Record<TableName, Record<string, unknown>[]>> = {}
  for (const change of changes) if (change.op === 'put') (tables[change.table as TableName] ??= []).push(change.row)
  const bytes = new TextEncoder().encode(
    createExportFile({ appVersion: '0.1.0', createdAt: Date.now(), kind: 'backup', schemaVersion: CURRENT_SCHEMA_VERSION, tables }),
  )
  harness = await createAppHarness()
  await harness.server.backups.write(bytes, {
    reason: 'manual',
    trainings: [snapshot.training.title],
    counts: { participants: snapshot.participants.length },
    photos: [],
  })
  const { page } = await harness.open()
  await page.goto(`${harness.server.url}/#/data`)
  await page.getByTestId('backup-row').first().getByRole('button', { name: 'Restore' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  // Cut off once the first rows are written, as a closed window would.
  await page
    .getByTestId('restore-progress')
    .getByText(/^Writing \d+ of \d+ items…$/)
    .waitFor({ timeout: 60_000 })
  const cut = Number(await page.evaluate(storedCount('ideas')))
  expect(cut).toBeLessThan(snapshot.ideas.length)
  await page.reload()

  await page
    .getByText(`A restore cut off when Pelatih last closed has been finished: ${snapshot.training.title}.`)
    .waitFor({ timeout: 120_000 })
  await screenshot(page, 'restore-finished-en')
  await expect.poll(() => page.evaluate(storedCount('ideas'))).toBe(snapshot.ideas.length)
  await expect.poll(() => page.evaluate(storedCount('participants'))).toBe(snapshot.participants.length)
  await page.getByRole('link', { name: 'Trainings' }).click()
  await expect.poll(() => page.getByTestId('training-list').textContent()).toContain(snapshot.training.title)
  // Settled once: the next start says nothing more.
  await page.reload()
  await page.getByTestId('training-card').first().waitFor()
  // The app says it before it shows anything: with the list shown, the notice would be there.
  expect(await page.getByText('A restore cut off when Pelatih last closed').count()).toBe(0)
}, 240_000)
