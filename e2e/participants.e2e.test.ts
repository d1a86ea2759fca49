import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

const CSV_25 = resolve(import.meta.dirname, '__fixtures__', 'participants-25.csv')

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

async function showView(page: Page, label: string): Promise<void> {
  await page.getByTestId('participants-views').getByText(label, { exact: true }).click()
}

async function totalOf(page: Page, day: number): Promise<string> {
  return (await page.getByTestId(`attendance-total-${day}`).innerText()).replace(/\s+/g, ' ')
}

async function waitForTotal(page: Page, day: number, text: string): Promise<void> {
  await page.getByTestId(`attendance-total-${day}`).filter({ hasText: text }).waitFor()
}

describe('participants in Chromium: import, attendance, summary', () => {
  it('imports 25 participants from an Indonesian CSV, ticks attendance, and keeps it all after a reload', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Manajemen Relawan untuk OMS', '2026-12-01')
    await page.getByTestId('tor-quotaMax').fill('24')
    await page.getByTestId('tor-perOrganizationMax').fill('2')
    await page.getByRole('tab', { name: 'Participants' }).click()
    await page.getByText('No participants yet.', { exact: false }).waitFor()

    // Import: the wizard guesses the Indonesian headers; the user checks one mapping and imports.
    await page.getByTestId('participants-import-input').setInputFiles(CSV_25)
    const wizard = page.getByRole('dialog')
    await wizard.getByTestId('import-summary').filter({ hasText: '25 new, 0 already in the list, 0 with problems.' }).waitFor()
    await expect.poll(() => wizard.getByLabel('Region', { exact: true }).inputValue()).toBe('Asal Daerah')
    await expect.poll(() => wizard.getByLabel('Phone', { exact: true }).inputValue()).toBe('No HP')
    await expect.poll(() => wizard.getByTestId('import-preview').innerText()).toContain("Siti Nur'aini")
    await screenshot(page, 'participants-import-en')
    await wizard.getByRole('button', { name: 'Import 25 participants' }).click()
    await wizard.waitFor({ state: 'detached' })
    await page.getByTestId('participant-row').nth(24).waitFor()
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(25)
    const table = () => page.getByTestId('participants-table').innerText()
    for (const name of ["Siti Nur'aini", 'Ni Luh Putu Ayu Wulandari', 'Wa Ode Sitti Rahmawati', 'André Pattiasina'])
      await expect.poll(table).toContain(name)
    await expect.poll(table).toContain('Forum Warga Peduli; Bantul')

    const warnings = page.getByTestId('participants-warnings')
    await expect.poll(() => warnings.innerText()).toContain('25 participants registered; the quota is at most 24.')
    await expect.poll(() => warnings.innerText()).toContain('Yayasan Lentera Relawan sends 3 participants; each organisation may send 2.')
    await page.getByTestId('participants-search').fill('nuraini')
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(1)
    await page.getByTestId('participants-search').fill('')
    await page.getByTestId('participant-row').nth(24).waitFor()
    await page.getByText('25 participants imported.').waitFor({ state: 'hidden' })
    await screenshot(page, 'participants-list-en')

    // Summary: the donor tables.
    await showView(page, 'Summary')
    await expect.poll(() => page.getByTestId('summary-total').innerText()).toBe('25')
    const byGender = () => page.getByTestId('summary-gender').innerText()
    await expect.poll(byGender).toMatch(/Female\s+14\s+56%/)
    await expect.poll(byGender).toMatch(/Male\s+11\s+44%/)
    await expect.poll(() => page.getByTestId('summary-region').innerText()).toMatch(/Kab\. Gianyar\s+1\s+1\s+2\s+8%/)
    await expect.poll(() => page.getByTestId('summary-organization').innerText()).toMatch(/Bali Peduli Sesama\s+2\s+1\s+3\s+12%/)
    await screenshot(page, 'participants-summary-en')

    // Attendance: day 1 everyone but two, day 2 ten people ticked with the keyboard.
    await showView(page, 'Attendance')
    await page.getByTestId('attendance-grid').waitFor()
    await expect.poll(() => page.getByTestId('attendance-day-1').innerText()).toContain('Tue, 1 Dec 2026')
    let since = Date.now()
    await page.getByRole('button', { name: 'Mark everyone present on day 1' }).click()
    await waitForTotal(page, 1, '25 / 25')
    await page.getByRole('checkbox', { name: 'Yusuf La Ode Ali, day 1: present' }).click()
    await page.getByRole('checkbox', { name: 'Christina Wenda, day 1: present' }).click()
    await waitForTotal(page, 1, '23 / 25')
    await page.getByRole('checkbox', { name: 'Ahmad Zainuddin, day 2: present' }).focus()
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowDown')
    }
    await waitForTotal(page, 2, '10 / 25')
    await waitForSavedAfter(page, since)
    await expect.poll(() => totalOf(page, 1)).toBe('23 / 25 92%')
    await expect.poll(() => totalOf(page, 2)).toBe('10 / 25 40%')
    await expect.poll(() => page.getByTestId('attendance-full').innerText()).toContain('0 participants were present every day.')
    await screenshot(page, 'participants-attendance-en')

    // One participant by hand (Enter saves), one made an observer.
    await showView(page, 'List')
    await page.getByRole('button', { name: 'Add participant' }).click()
    let dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.getByText('Enter the participant’s name.').waitFor()
    await dialog.getByLabel('Email').fill('bukan-email')
    await dialog.getByLabel('Full name').fill('Ketut Sri Astuti')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.getByText('This is not an email address.').waitFor()
    await dialog.getByLabel('Email').fill('ketut.astuti@example.org')
    await dialog.getByLabel('Gender').click()
    await page.getByRole('option', { name: 'Female' }).click()
    await dialog.getByLabel('Organisation').fill('Bali Peduli Sesama')
    await dialog.getByLabel('Region (city / regency)').fill('Kab. Tabanan')
    await dialog.getByLabel('Full name').press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await page.getByTestId('participant-row').nth(25).waitFor()

    await page.getByTestId('participant-row').filter({ hasText: 'Stefanus Kurniawan' }).click()
    dialog = page.getByRole('dialog')
    await dialog.getByLabel('Observer').check()
    since = Date.now()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    await waitForSavedAfter(page, since)
    await page.getByTestId('participants-count').filter({ hasText: 'Participants: 25 · observers: 1' }).waitFor()
    await expect.poll(() => page.getByTestId('participant-row').filter({ hasText: 'Stefanus Kurniawan' }).innerText()).toMatch(/observer/i)

    // The same file again adds nobody.
    await page.getByTestId('participants-import-input').setInputFiles(CSV_25)
    const again = page.getByRole('dialog')
    await again.getByTestId('import-summary').filter({ hasText: '0 new, 25 already in the list, 0 with problems.' }).waitFor()
    await expect.poll(() => again.getByTestId('import-confirm').isDisabled()).toBe(true)
    await expect.poll(() => again.getByTestId('import-duplicates').innerText()).toContain('is already in the participant list.')
    await again.getByRole('button', { name: 'Close' }).first().click()
    await again.waitFor({ state: 'detached' })

    // After a reload everything is still there.
    await page.reload()
    await page.getByTestId('participant-row').nth(25).waitFor()
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(26)
    await expect.poll(() => page.getByTestId('participants-count').innerText()).toBe('Participants: 25 · observers: 1')
    await showView(page, 'Attendance')
    await waitForTotal(page, 1, '22 / 25')
    await expect.poll(() => totalOf(page, 1)).toBe('22 / 25 88%')
    await expect.poll(() => totalOf(page, 2)).toBe('10 / 25 40%')
    await expect.poll(() => page.getByRole('checkbox', { name: 'Christina Wenda, day 1: present' }).isChecked()).toBe(false)
    await showView(page, 'Summary')
    await expect.poll(() => page.getByTestId('summary-total').innerText()).toBe('25')
    await expect.poll(() => page.getByTestId('summary-observers').innerText()).toBe('1')
    await expect.poll(() => page.getByTestId('summary-gender').innerText()).toMatch(/Female\s+15\s+60%/)

    // The same screens in Bahasa Indonesia.
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByText('Menurut jenis kelamin').waitFor()
    await expect.poll(() => page.getByTestId('summary-gender').innerText()).toMatch(/Perempuan\s+15\s+60%/)
    await screenshot(page, 'participants-summary-id')
    await showView(page, 'Kehadiran')
    await page.getByTestId('attendance-grid').waitFor()
    await expect.poll(() => page.getByTestId('attendance-day-1').innerText()).toContain('Sel, 1 Des 2026')
    await screenshot(page, 'participants-attendance-id')
    await showView(page, 'Daftar')
    await page.getByTestId('participant-row').nth(25).waitFor()
    await expect
      .poll(() => page.getByTestId('participants-warnings').innerText())
      .toContain('Sudah 25 peserta terdaftar; kuota paling banyak 24.')
    await screenshot(page, 'participants-list-id')
    await page.getByTestId('participants-import-input').setInputFiles(CSV_25)
    await page
      .getByRole('dialog')
      .getByTestId('import-summary')
      .filter({ hasText: '0 baru, 25 sudah ada di daftar, 0 bermasalah.' })
      .waitFor()
    await screenshot(page, 'participants-import-id')
  })

  it('explains a broken file and rows with problems, imports only the good rows, and undoes a removal', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'TOT Pengorganisasian Pekerja Rumahan')
    await page.getByRole('tab', { name: 'Participants' }).click()

    await page.getByTestId('participants-import-input').setInputFiles({
      name: 'peserta.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('this is not a workbook'),
    })
    let wizard = page.getByRole('dialog')
    await wizard.getByTestId('import-file-problem').waitFor()
    await expect
      .poll(() => wizard.getByTestId('import-file-problem').innerText())
      .toContain('The file could not be read as a spreadsheet (.xlsx).')
    await expect.poll(() => wizard.getByTestId('import-confirm').isDisabled()).toBe(true)
    await wizard.getByRole('button', { name: 'Close' }).first().click()
    await wizard.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(0)

    const csv = [
      'Nama,L/P,Lembaga,Email',
      'Sri Rejeki,P,Paguyuban Sidoarjo,sri@example.org',
      'Tanpa Jenis,robot,Paguyuban Sidoarjo,',
      'Surel Salah,L,Paguyuban Sidoarjo,bukan-email',
      'Endang Susilowati,P,Paguyuban Sidoarjo,',
      'SRI REJEKI,perempuan,Paguyuban Sidoarjo,',
    ].join('\n')
    await page
      .getByTestId('participants-import-input')
      .setInputFiles({ name: 'daftar.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    wizard = page.getByRole('dialog')
    await wizard
      .getByTestId('import-summary')
      .filter({ hasText: '2 new, 0 already in the list, 2 with problems. 1 repeated in the file.' })
      .waitFor()
    const errors = () => wizard.getByTestId('import-errors').innerText()
    await expect.poll(errors).toContain('Row 3: "robot" is not a gender the app knows')
    await expect.poll(errors).toContain('Row 4: "bukan-email" is not an email address.')
    await expect.poll(() => wizard.getByTestId('import-duplicates').innerText()).toContain('Row 6 (SRI REJEKI) repeats row 2.')
    await screenshot(page, 'participants-import-errors-en')
    await wizard.getByRole('button', { name: 'Import 2 participants' }).click()
    await wizard.waitFor({ state: 'detached' })
    await page.getByTestId('participant-row').nth(1).waitFor()

    await page.getByRole('button', { name: 'Remove Sri Rejeki' }).click()
    await page.getByText('Sri Rejeki removed from the participants.').waitFor()
    await expect.poll(() => page.getByTestId('participant-row').count()).toBe(1)
    await page.getByRole('button', { name: 'Undo' }).click()
    await page.getByTestId('participant-row').nth(1).waitFor()
    await expect.poll(() => page.getByTestId('participants-table').innerText()).toContain('Sri Rejeki')

    // Keyboard: Enter on a focused row opens the editor.
    await page.getByTestId('participant-row').first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('dialog').getByLabel('Full name').inputValue()).toBe('Endang Susilowati')
  })
})
