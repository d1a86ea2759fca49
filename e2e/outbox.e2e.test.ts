import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

describe('changes saved on this computer only while the disk is full', () => {
  it('says why and what to do, then copies them to the disk and says they are safe', async () => {
    harness = await createAppHarness()
    const { server } = harness
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Pelatihan Paralegal Desa')

    server.failAppends('ENOSPC: no space left on device, write')
    await page.getByTestId('overview-title').fill('Pelatihan Paralegal Desa Angkatan II')
    const indicator = page.locator('[data-testid="save-status"][data-state="saved-local-only"][data-reason="disk-full"]')
    await indicator.waitFor()
    await expect.poll(() => indicator.textContent()).toContain('Saved on this computer only: the disk is full')
    await expect.poll(() => indicator.getAttribute('aria-description')).toContain('Free some space on the disk')
    await indicator.hover()
    await page.getByText('Free some space on the disk', { exact: false }).waitFor()
    await screenshot(page, 'outbox-disk-full-en')

    const since = Date.now()
    server.failAppends(null)
    // The background retry copies the change without any new edit.
    await page.getByText('The changes saved on this computer only are now safe on the disk too.').waitFor({ timeout: 20_000 })
    await waitForSavedAfter(page, since)
    await screenshot(page, 'outbox-now-safe-en')
    const journal = await server.journal.readSince(0)
    const titles = journal.entries
      .flatMap((e) => e.changes)
      .flatMap((c) => (c.op === 'put' && c.table === 'trainings' ? [c.row['title']] : []))
    expect(titles.at(-1)).toBe('Pelatihan Paralegal Desa Angkatan II')
  }, 60_000)
})
