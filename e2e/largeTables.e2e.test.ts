import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { sizedTrainingChanges } from '../scripts/fixtures/sizedTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

// Large enough that every long table is virtualised, small enough to restore in a few seconds.
const SIZE = { participants: 300, days: 3, cards: 600, actionPlans: 400 }

/** Deterministic bytes that are no text (as a picture or a program would be). */
function garbage(length: number): Buffer {
  let state = 11
  return Buffer.from(
    Array.from({ length }, () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
      return (state >>> 16) & 0xff
    }),
  )
}

async function openSized(size = SIZE): Promise<{ page: Page; url: (tab: string) => string }> {
  const { snapshot, changes } = sizedTrainingChanges(size)
  harness = await createAppHarness()
  for (let i = 0; i < changes.length; i += 2000) await harness.server.journal.append(changes.slice(i, i + 2000))
  const { page } = await harness.launch()
  const base = harness.server.url
  return { page, url: (tab) => `${base}/#/trainings/${snapshot.training.id}/${tab}` }
}

describe('long tables in Chromium', () => {
  it('opens 400 action plans with only the rows in view in the page, and a cell typed at the top and at the bottom is saved', async () => {
    const { page, url } = await openSized()
    await page.goto(url('actionPlans'))
    await page.getByTestId('plan-row').first().waitFor({ timeout: 20_000 })
    await expect.poll(() => page.getByTestId('plans-table').getAttribute('aria-rowcount')).toBe('401')
    await expect.poll(() => page.getByTestId('plans-count').innerText()).toContain('400')
    await expect.poll(() => page.getByTestId('plan-row').count()).toBeLessThan(60)
    await screenshot(page, 'action-plans-large-en')

    const first = page.locator('[data-testid="plan-row"][aria-rowindex="2"]').getByTestId('plan-activity')
    let since = Date.now()
    await first.fill('Pelatihan paralegal untuk 20 pekerja rumahan')
    await first.press('Tab')
    await waitForSavedAfter(page, since)

    // The last row: scrolled to, typed in, and the Tab from its last text cell lands in its date.
    await page.getByTestId('plans-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    const last = page.locator('[data-testid="plan-row"][aria-rowindex="401"]')
    await last.waitFor()
    since = Date.now()
    await last.getByTestId('plan-indicator').fill('Ada 3 kelompok yang rutin bertemu')
    await last.getByTestId('plan-indicator').press('Tab')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('plan-dueDate')
    await waitForSavedAfter(page, since)

    await page.reload()
    await page.locator('[data-testid="plan-row"][aria-rowindex="2"]').waitFor()
    await expect
      .poll(() => page.locator('[data-testid="plan-row"][aria-rowindex="2"]').getByTestId('plan-activity').inputValue())
      .toBe('Pelatihan paralegal untuk 20 pekerja rumahan')
    await page.getByTestId('plans-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await expect
      .poll(() => page.locator('[data-testid="plan-row"][aria-rowindex="401"]').getByTestId('plan-indicator').inputValue())
      .toBe('Ada 3 kelompok yang rutin bertemu')
  }, 60_000)

  it('searches 300 participants, and says plainly that a binary file is no list, in both languages', async () => {
    const { page, url } = await openSized()
    await page.goto(url('participants'))
    await page.getByTestId('participant-row').first().waitFor({ timeout: 20_000 })
    await expect.poll(() => page.getByTestId('participants-table').getAttribute('aria-rowcount')).toBe('301')
    await expect.poll(() => page.getByTestId('participant-row').count()).toBeLessThan(60)
    await page.getByTestId('participants-search').fill('zz-nobody')
    await expect.poll(() => page.getByTestId('participants-shown').innerText()).toMatch(/^0\b/)
    await page.getByTestId('participants-search').fill('')
    await expect.poll(() => page.getByTestId('participants-shown').innerText()).toMatch(/^300\b/)

    await page.getByTestId('participants-import-input').setInputFiles({ name: 'peserta.csv', mimeType: 'text/csv', buffer: garbage(4096) })
    const wizard = page.getByRole('dialog')
    await expect
      .poll(() => wizard.getByTestId('import-file-problem').innerText())
      .toContain('The file is not a text list: it looks like a picture, a document or a program.')
    await expect.poll(() => wizard.getByTestId('import-file-problem').innerText()).not.toContain('column')
    await expect.poll(() => wizard.getByTestId('import-confirm').isDisabled()).toBe(true)
    await screenshot(page, 'participants-import-binary-en')
    await wizard.getByRole('button', { name: 'Close' }).first().click()
    await wizard.waitFor({ state: 'detached' })

    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByTestId('participants-import-input').setInputFiles({ name: 'peserta.csv', mimeType: 'text/csv', buffer: garbage(4096) })
    await expect
      .poll(() => page.getByRole('dialog').getByTestId('import-file-problem').innerText())
      .toContain('Berkas ini bukan daftar berbentuk teks')
    await screenshot(page, 'participants-import-binary-id')
    await expect.poll(() => page.getByTestId('participants-shown').innerText()).toMatch(/^300\b/)
  }, 60_000)

  it('ticks attendance for 1,000 participants with fewer than 100 rows in the page, down to the last participant, with the mouse and the keyboard', async () => {
    const { page, url } = await openSized({ participants: 1000, days: 3, cards: 60, actionPlans: 10 })
    await page.goto(url('participants'))
    await page.getByTestId('participant-row').first().waitFor({ timeout: 20_000 })
    await page.getByTestId('participants-views').getByText('Attendance', { exact: true }).click()
    await page.getByTestId('attendance-row').first().waitFor({ timeout: 20_000 })
    await expect.poll(() => page.getByTestId('attendance-grid').getAttribute('aria-rowcount')).toBe('1002')
    await expect.poll(() => page.getByTestId('attendance-row').count()).toBeLessThan(100)

    // The last participant: scrolled to, ticked on day 3 with the mouse; the day's total follows.
    const total3 = async () => Number((await page.getByTestId('attendance-total-3').innerText()).split('/')[0]?.trim())
    const before = await total3()
    await page.locator('.attendance-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    const last = page.locator('[data-testid="attendance-row"][aria-rowindex="1001"]')
    await last.waitFor()
    const name = await last.locator('.attendance-person').innerText()
    const day3 = last.getByRole('checkbox', { name: `${name}, day 3: present` })
    const wasTicked = await day3.isChecked()
    let since = Date.now()
    await day3.click()
    await expect.poll(() => day3.isChecked()).toBe(!wasTicked)
    await expect.poll(total3).toBe(before + (wasTicked ? -1 : 1))
    await waitForSavedAfter(page, since)
    await expect.poll(() => page.getByTestId('attendance-row').count()).toBeLessThan(100)

    // The keyboard from there: up one row, Space ticks it.
    await day3.focus()
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('998')
    const above = page.locator('input[data-row="998"][data-col="2"]')
    const aboveTicked = await above.isChecked()
    since = Date.now()
    await page.keyboard.press('Space')
    await expect.poll(() => above.isChecked()).toBe(!aboveTicked)
    await waitForSavedAfter(page, since)
    await screenshot(page, 'participants-attendance-large-en')

    await page.reload()
    await page.getByTestId('participants-views').getByText('Attendance', { exact: true }).click()
    await page.getByTestId('attendance-row').first().waitFor({ timeout: 20_000 })
    await page.locator('.attendance-wrap').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await expect.poll(() => page.getByRole('checkbox', { name: `${name}, day 3: present` }).isChecked()).toBe(!wasTicked)
    await expect.poll(() => page.locator('input[data-row="998"][data-col="2"]').isChecked()).toBe(!aboveTicked)
  }, 90_000)
})
