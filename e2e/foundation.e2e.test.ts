import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

describe('the app shell in Chromium', () => {
  it('creates a training, edits its title as you type, and keeps it after a reload', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await expect.poll(() => page.getByText('No trainings yet').isVisible()).toBe(true)
    await screenshot(page, 'foundation-list-empty-en')

    await createTrainingViaUi(page, 'Mobilisasi Sumber Daya OMS')
    const title = page.getByTestId('overview-title')
    const before = Date.now()
    await title.fill('Mobilisasi Sumber Daya OMS: Menggalang Kemandirian')
    await waitForSavedAfter(page, before)
    await expect.poll(() => page.getByTestId('overview-day-dates').textContent()).toContain('Day 3')
    await screenshot(page, 'foundation-workspace-en')

    await page.reload()
    await expect.poll(() => page.getByTestId('overview-title').inputValue()).toBe('Mobilisasi Sumber Daya OMS: Menggalang Kemandirian')

    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByTestId('training-card').first().waitFor()
    await expect.poll(() => page.getByTestId('training-list').innerText()).toContain('Menggalang Kemandirian')
    await screenshot(page, 'foundation-list-en')
  })

  it('switches to Bahasa Indonesia and stays switched after a reload', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByText('Belum ada pelatihan').waitFor()
    await page.reload()
    await page.getByText('Belum ada pelatihan').waitFor()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id')
    await screenshot(page, 'foundation-list-empty-id')

    await createTrainingViaUi(page, 'TOT Pengorganisasian Pekerja Rumahan')
    await expect.poll(() => page.getByRole('tab', { name: 'Ringkasan' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByTestId('overview-day-dates').textContent()).toContain('Hari ke-3')
    await screenshot(page, 'foundation-workspace-id')
  })

  it('keeps an edit that showed "Saved" when the browser is killed right after', async () => {
    harness = await createAppHarness()
    const first = await harness.launch()
    await first.page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(first.page, 'Pelatihan Fasilitator')
    const before = Date.now()
    await first.page.getByTestId('overview-title').fill('Pelatihan Fasilitator Angkatan 2')
    await waitForSavedAfter(first.page, before)
    await first.kill()

    const second = await harness.launch()
    await second.page.getByTestId('training-card').first().waitFor()
    await expect.poll(() => second.page.getByTestId('training-list').innerText()).toContain('Pelatihan Fasilitator Angkatan 2')
  })

  it('restores the trainings from the disk journal when the IndexedDB database is deleted', async () => {
    harness = await createAppHarness()
    const first = await harness.launch()
    await first.page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(first.page, 'Manajemen Relawan')
    const before = Date.now()
    await first.page.getByTestId('overview-title').fill('Manajemen Relawan untuk OMS')
    await waitForSavedAfter(first.page, before)
    await first.close()
    await rm(join(harness.profileDir, 'Default', 'IndexedDB'), { recursive: true, force: true })

    const second = await harness.launch()
    const notice = second.page.getByTestId('recovery-notice')
    await notice.waitFor()
    await expect.poll(() => notice.innerText()).toMatch(/restored from the copy on disk/)
    await expect.poll(() => second.page.getByTestId('training-list').innerText()).toContain('Manajemen Relawan untuk OMS')
    await screenshot(second.page, 'foundation-recovery-notice-en')
  })
})
