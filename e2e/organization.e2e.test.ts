import { execFile } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { pdfBytes } from '../shared/photos/__fixtures__/imageBytes'
import { readPdfText, squash } from '../shared/report/__fixtures__/readPdfText'
import { sampleTraining } from '../shared/report/__fixtures__/sampleTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { makeLargePng } from './__fixtures__/largePng'
import { snapshotChanges, storeSnapshotPhotos } from './__fixtures__/snapshotChanges'
import { screenshot } from './screenshots'

/** Where the exported PDFs and their first pages as PNG go, to look at. */
const PAGES_DIR = resolve(import.meta.dirname, '..', 'test-results', 'letterhead')

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

/**
 * Clicks an export button (the full report is built and previewed first, then saved from the
 * preview), keeps the PDF and its first page as PNG, and returns its bytes.
 */
async function exportPdf(page: Page, buttonTestId: string, name: string): Promise<Uint8Array> {
  let button = buttonTestId
  if (button === 'report-create') {
    await page.getByTestId(button).click()
    button = 'report-save-pdf'
  }
  const downloading = page.waitForEvent('download', { timeout: 180_000 })
  await page.getByTestId(button).click()
  const download = await downloading
  await mkdir(PAGES_DIR, { recursive: true })
  const path = join(PAGES_DIR, `${name}.pdf`)
  await download.saveAs(path)
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(PAGES_DIR, name)])
  return new Uint8Array(await readFile(path))
}

const has = (text: string, piece: string): boolean => squash(text).includes(squash(piece))

describe('organisation profile in Chromium', () => {
  it('is filled in from the header, keeps its logo across a reload, refuses a bad logo and email, and heads the exported report', async () => {
    const sample = sampleTraining()
    harness = await createAppHarness()
    await harness.server.journal.append(snapshotChanges(sample))
    await storeSnapshotPhotos(sample, harness.server.photos)
    const { page } = await harness.open()
    page.setDefaultTimeout(90_000)
    await page.goto(`${harness.server.url}/#/`)
    await page.getByTestId('training-list').waitFor()

    // Reached with the keyboard from the header of the home screen.
    await page.getByTestId('open-organizations').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('org-empty').waitFor()
    await page.getByTestId('org-add').click()
    await page.getByTestId('org-name').waitFor()

    const before = Date.now()
    const organizer = sample.training.organizer
    await page.getByTestId('org-name').fill(organizer)
    await page.getByTestId('org-address').fill('Jl. Kaliurang Km 7,5 No. 12, Sleman')
    await page.getByTestId('org-phone').fill('(0274) 885 123')
    await page.getByTestId('org-email').fill('sekretariat@ypms')
    await page.getByTestId('org-website').focus()
    await page.getByText('Enter an email address like nama@lembaga.or.id. The last address saved is kept.').waitFor()
    await page.getByTestId('org-email').fill('sekretariat@ypms.or.id')
    await page.getByTestId('org-website').fill('www.ypms.or.id')
    await page.getByTestId('org-website').blur()
    await expect.poll(() => page.getByText('Enter an email address like').count()).toBe(0)
    // The sample training's organiser has this name: the profile says it heads that training.
    await expect.poll(() => page.getByTestId('org-used-by').textContent()).toBe('Letterhead of 1 training')

    // A PDF named like a picture is refused for what it is; a real PNG becomes the logo.
    await page.getByTestId('org-logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(pdfBytes()) })
    await expect
      .poll(() => page.getByTestId('org-logo-problem').textContent())
      .toBe('This file is not a PNG or JPEG picture, whatever its name says. The logo was not changed.')
    expect(await page.getByTestId('org-logo').count()).toBe(0)
    await page
      .getByTestId('org-logo-input')
      .setInputFiles({ name: 'logo-ypms.png', mimeType: 'image/png', buffer: makeLargePng(240, 120, 0) })
    await page.getByTestId('org-logo').waitFor()
    await expect.poll(() => page.getByTestId('org-logo-problem').count()).toBe(0)
    await waitForSavedAfter(page, before)
    await screenshot(page, 'organization-en')

    await page.reload()
    await page.getByTestId('org-name').waitFor()
    expect(await page.getByTestId('org-name').inputValue()).toBe(organizer)
    expect(await page.getByTestId('org-address').inputValue()).toBe('Jl. Kaliurang Km 7,5 No. 12, Sleman')
    expect(await page.getByTestId('org-phone').inputValue()).toBe('(0274) 885 123')
    expect(await page.getByTestId('org-email').inputValue()).toBe('sekretariat@ypms.or.id')
    expect(await page.getByTestId('org-website').inputValue()).toBe('www.ypms.or.id')
    // The logo came back from the database and shows as the picture it is (not a broken image).
    await expect.poll(() => page.getByTestId('org-logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(240)

    // Renamed, the profile still heads the sample training, which found it by the organiser's name:
    // the training keeps it by its id now.
    const renamed = `${organizer} Yogyakarta`
    const beforeRename = Date.now()
    await page.getByTestId('org-name').fill(renamed)
    await page.getByTestId('org-name').blur()
    await waitForSavedAfter(page, beforeRename)
    await expect.poll(() => page.getByTestId('org-used-by').textContent()).toBe('Letterhead of 1 training')

    // The screen in Bahasa Indonesia.
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByRole('heading', { name: 'Profil lembaga' }).waitFor()
    await screenshot(page, 'organization-id')

    // The training's overview shows the profile it is linked to, under its new name.
    await page.goto(`${harness.server.url}/#/trainings/${sample.training.id}/overview`)
    await expect.poll(() => page.getByTestId('tor-organization').inputValue()).toBe(renamed)
    await page.getByTestId('tor-organization').scrollIntoViewIfNeeded()
    await screenshot(page, 'overview-letterhead-id')

    // The report and a printable sheet carry the letterhead.
    await page.goto(`${harness.server.url}/#/trainings/${sample.training.id}/reports`)
    await page.getByTestId('report-create').waitFor()
    await page.getByTestId('report-language').getByText('Bahasa Indonesia', { exact: true }).click()
    const report = await readPdfText(await exportPdf(page, 'report-create', 'app-report-id'))
    const cover = report.pages[0] ?? ''
    for (const line of [
      renamed,
      organizer,
      'Jl. Kaliurang Km 7,5 No. 12, Sleman',
      'Telp. (0274) 885 123 · Surel sekretariat@ypms.or.id · Laman www.ypms.or.id',
    ]) {
      expect(has(cover, line), line).toBe(true)
    }
    expect(squash(cover).indexOf(squash(renamed))).toBeLessThan(squash(cover).indexOf('LAPORANPELATIHAN'))
    const agenda = await readPdfText(await exportPdf(page, 'sheet-agenda', 'app-agenda-id'))
    expect(has(agenda.pages[0] ?? '', renamed)).toBe(true)
    expect(has(agenda.pages[0] ?? '', 'Telp. (0274) 885 123')).toBe(true)
  }, 300_000)
})
