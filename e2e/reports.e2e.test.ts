import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { HTML_NOTE, sampleTraining } from '../shared/report/__fixtures__/sampleTraining'
import { makeLargeSnapshot } from '../shared/report/__fixtures__/makeLargeSnapshot'
import { readDocxText } from '../shared/report/__fixtures__/readDocxText'
import { readPdfText, squash } from '../shared/report/__fixtures__/readPdfText'
import { REPORT_SECTION_IDS } from '../shared/report/reportSections'
import { reportText } from '../shared/i18n/report'
import { translator } from '../shared/i18n/translator'
import type { TrainingSnapshot } from '../shared/report/trainingSnapshot'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { snapshotChanges, storeSnapshotPhotos } from './__fixtures__/snapshotChanges'
import { screenshot } from './screenshots'

/** Where the exported PDFs and their pages as PNG go, for people to look at (named in the README). */
const PAGES_DIR = resolve(import.meta.dirname, '..', 'test-results', 'report-pages')

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

async function openReports(snapshot: TrainingSnapshot): Promise<Page> {
  harness = await createAppHarness()
  await harness.server.journal.append(snapshotChanges(snapshot))
  await storeSnapshotPhotos(snapshot, harness.server.photos)
  const { page } = await harness.open()
  // Making a PDF takes seconds, more on a busy machine: wait longer than Playwright's default.
  page.setDefaultTimeout(90_000)
  await page.goto(`${harness.server.url}/#/trainings/${snapshot.training.id}/reports`)
  await page.getByTestId('report-create').waitFor()
  return page
}

/** Creates the full report and waits for its preview (a new one when an older one is on screen). */
async function buildReport(page: Page): Promise<void> {
  const preview = page.getByTestId('report-preview')
  const before = (await preview.count()) > 0 ? await preview.getAttribute('data-generated') : null
  await page.getByTestId('report-create').click()
  await expect.poll(() => preview.getAttribute('data-generated', { timeout: 180_000 }), { timeout: 180_000 }).not.toBe(before)
}

/**
 * Clicks an export button (for the full report: creates it, then "Save PDF" in its preview), saves
 * the download under PAGES_DIR and returns its bytes.
 */
async function exportPdf(page: Page, buttonTestId: string, name: string, extension: 'pdf' | 'docx' = 'pdf'): Promise<Uint8Array> {
  let button = buttonTestId
  if (button === 'report-create') {
    await buildReport(page)
    button = 'report-save-pdf'
  }
  const downloading = page.waitForEvent('download', { timeout: 180_000 })
  await page.getByTestId(button).click()
  const download = await downloading
  await mkdir(PAGES_DIR, { recursive: true })
  const path = join(PAGES_DIR, `${name}.${extension}`)
  await download.saveAs(path)
  await page.getByTestId('report-saved').waitFor()
  return new Uint8Array(await readFile(path))
}

/** Renders the pages of a saved PDF to PNG (60 dpi) next to it; returns the PNG names. */
async function renderPages(name: string): Promise<string[]> {
  for (const file of await readdir(PAGES_DIR)) {
    if (file.startsWith(`${name}-`) && file.endsWith('.png')) await rm(join(PAGES_DIR, file))
  }
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', join(PAGES_DIR, `${name}.pdf`), join(PAGES_DIR, name)])
  return (await readdir(PAGES_DIR)).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
}

const has = (text: string, piece: string): boolean => squash(text).toLowerCase().includes(squash(piece).toLowerCase())

describe('the reports tab in Chromium', () => {
  it('exports the full report of a fully captured training in Bahasa Indonesia and in English', async () => {
    const sample = sampleTraining()
    const page = await openReports(sample)
    // The report language follows the app language (English here) until the user picks another.
    await expect.poll(() => page.getByTestId('report-language').locator('input:checked').inputValue()).toBe('en')

    const plan = sample.actionPlans.find((p) => p.deletedAt === null)
    const cluster = sample.clusters.find((c) => c.deletedAt === null)
    const captured = [sample.training.title, 'Maria Goretti “Etty” Wulandari', HTML_NOTE, plan?.activity ?? '', cluster?.name ?? '']
    for (const lang of ['id', 'en'] as const) {
      await page
        .getByTestId('report-language')
        .getByText(lang === 'id' ? 'Bahasa Indonesia' : 'English', { exact: true })
        .click()
      const bytes = await exportPdf(page, 'report-create', `report-${lang}`)
      const pdf = await readPdfText(bytes)
      const text = pdf.pages.join('\n')
      const s = reportText[lang]
      for (const heading of [
        s.contents,
        s.chapterIntroduction,
        s.chapterDesign,
        s.chapterImplementation,
        s.chapterClosing,
        s.appendices,
        s.actionPlans,
      ]) {
        expect(has(text, heading), `${lang}: ${heading}`).toBe(true)
      }
      for (const item of captured) expect(has(text, item), `${lang}: ${item}`).toBe(true)
      expect(text).not.toContain('Zzz') // deleted rows never print
      expect(pdf.pages.length).toBeGreaterThan(10)
      // The sample holds an emoji the font cannot print: the user is told, not left to find "?".
      await expect.poll(() => page.getByTestId('report-unsupported').isVisible()).toBe(true)
      expect((await renderPages(`report-${lang}`)).length).toBe(pdf.pages.length)
    }
    await expect.poll(() => page.getByTestId('report-saved').textContent()).toContain('Training report - Mobilisasi')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'reports-en')
  }, 300_000)

  it('prints the attendance sheet, a session summary and the certificates, and remembers the chosen sections after a reload', async () => {
    const sample = sampleTraining()
    const page = await openReports(sample)
    const before = Date.now()
    await page.getByRole('checkbox', { name: 'Photos with captions' }).click()
    await page.getByRole('checkbox', { name: /^Cover/ }).click()
    await waitForSavedAfter(page, before)
    await page.reload()
    await page.getByTestId('report-create').waitFor()
    await expect.poll(() => page.getByRole('checkbox', { name: 'Photos with captions' }).isChecked()).toBe(false)
    await expect.poll(() => page.getByRole('checkbox', { name: /^Cover/ }).isChecked()).toBe(false)
    await expect.poll(() => page.getByRole('checkbox', { name: 'Group outputs' }).isChecked()).toBe(true)
    await expect
      .poll(() => page.getByTestId('report-section-count').textContent())
      .toBe(`${REPORT_SECTION_IDS.length - 2} of ${REPORT_SECTION_IDS.length} parts chosen`)

    const people = sample.participants.filter((p) => p.deletedAt === null)
    await page.getByTestId('sheet-attendance-day').click()
    await page.getByRole('option', { name: 'Day 2' }).click()
    const sheet = await readPdfText(await exportPdf(page, 'sheet-attendance', 'attendance-day2-en'))
    const sheetText = sheet.pages.join('\n')
    expect(has(sheetText, reportText.en.attendanceSheetTitle)).toBe(true)
    for (const p of people) expect(has(sheetText, p.name), p.name).toBe(true)
    expect(await renderPages('attendance-day2-en')).not.toHaveLength(0)

    // The one-session summary of a session chosen by searching the picker.
    await page.getByTestId('sheet-session-picker').click()
    await page.keyboard.type('sumber daya')
    await page.getByRole('option', { name: 'Day 1 · Relawan sebagai sumber daya organisasi' }).click()
    const summary = (await readPdfText(await exportPdf(page, 'sheet-session', 'session-summary-en'))).pages.join('\n')
    expect(has(summary, reportText.en.sessionSummaryTitle)).toBe(true)
    expect(has(summary, 'Relawan sebagai sumber daya organisasi')).toBe(true)
    expect(has(summary, HTML_NOTE)).toBe(true)
    expect(await renderPages('session-summary-en')).not.toHaveLength(0)

    // The app in Bahasa Indonesia: the report language follows, the certificates print in it.
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByText('Laporan lengkap').waitFor()
    await page.getByTestId('report-language').getByText('Bahasa Indonesia', { exact: true }).click()
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'reports-id')
    const certificates = await readPdfText(await exportPdf(page, 'sheet-certificates', 'certificates-id'))
    const recipients = people.filter((p) => !p.observer)
    expect(certificates.pages).toHaveLength(recipients.length)
    recipients.forEach((p, i) =>
      expect(has(certificates.pages.find((text) => has(text, p.name)) ?? '', reportText.id.certificateTitle), `${i}`).toBe(true),
    )
    expect(await renderPages('certificates-id')).toHaveLength(recipients.length)
    await expect.poll(() => page.getByTestId('report-saved').textContent()).toContain('Sertifikat - Mobilisasi')
  }, 300_000)

  it('keeps the app responsive while a large report builds: the progress moves and typing works', async () => {
    const large = makeLargeSnapshot(3)
    const page = await openReports(large)
    await page.evaluate(() => {
      const seen: number[] = []
      ;(window as unknown as { progressSeen: number[] }).progressSeen = seen
      new MutationObserver(() => {
        const value = document.querySelector('[data-testid="report-progress"]')?.getAttribute('data-value')
        if (value !== null && value !== undefined && seen.at(-1) !== Number(value)) seen.push(Number(value))
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] })
    })
    await page.getByTestId('report-create').click()
    await page.getByTestId('report-running').waitFor()
    const search = page.getByTestId('sheet-session-picker')
    await search.click()
    await page.keyboard.type('relawan organisasi')
    await expect.poll(() => search.inputValue()).toBe('relawan organisasi')
    // Typing finished while the PDF was still being made.
    await expect.poll(() => page.getByTestId('report-running').isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await page.getByTestId('report-save-pdf').waitFor({ timeout: 120_000 })
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen)
    expect(new Set(seen).size).toBeGreaterThanOrEqual(5)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
  }, 300_000)

  it('keeps the built preview when the trainer leaves the tab and comes back, until the training changes', async () => {
    const sample = sampleTraining()
    const page = await openReports(sample)
    await page.getByTestId('report-language').getByText('Bahasa Indonesia', { exact: true }).click()
    await buildReport(page)
    const preview = page.getByTestId('report-preview')
    const generated = await preview.getAttribute('data-generated')
    const thumbs = page.getByTestId('report-thumb')
    await expect.poll(() => thumbs.count()).toBeGreaterThan(10)
    const pageCount = await thumbs.count()

    // To the overview and back: the same preview, in the language it was built in, without a new build.
    await page.getByRole('tab', { name: 'Overview' }).click()
    await page.getByTestId('tor-background').waitFor()
    await page.getByRole('tab', { name: 'Reports' }).click()
    await expect.poll(() => preview.getAttribute('data-generated')).toBe(generated)
    await expect.poll(() => thumbs.count()).toBe(pageCount)
    await expect.poll(() => page.locator('[data-testid="report-thumb"][data-painted="true"]').count()).toBeGreaterThanOrEqual(4)
    expect(await page.getByTestId('report-preview-stale').count()).toBe(0)
    expect(await page.getByTestId('report-progress').count()).toBe(0)
    await page.getByTestId('report-preview').scrollIntoViewIfNeeded()
    await screenshot(page, 'report-preview-kept-id')

    // The training changes: coming back, the old preview is gone (it no longer shows what is saved).
    await page.getByRole('tab', { name: 'Overview' }).click()
    const before = Date.now()
    await page.getByTestId('tor-background').fill(`${sample.training.background}\nDitambah setelah pratinjau.`)
    await page.getByTestId('tor-background').blur()
    await waitForSavedAfter(page, before)
    await page.getByRole('tab', { name: 'Reports' }).click()
    await page.getByTestId('report-create').waitFor()
    await expect.poll(() => preview.count()).toBe(0)
  }, 300_000)

  it('previews the built report as page thumbnails, leads from a heading to its editor, and saves the PDF shown and a Word copy', async () => {
    const sample = sampleTraining()
    const page = await openReports(sample)
    await buildReport(page)
    const thumbs = page.getByTestId('report-thumb')
    // pdfjs opens the built PDF after the preview shows: one thumbnail per page then.
    await expect.poll(() => thumbs.count()).toBeGreaterThan(10)
    const pageCount = await thumbs.count()
    // The thumbnails in view are painted; the ones far below wait until they are scrolled to.
    await expect.poll(() => page.locator('[data-testid="report-thumb"][data-painted="true"]').count()).toBeGreaterThanOrEqual(4)
    expect(await thumbs.last().getAttribute('data-painted')).toBe('false')
    const headings = page.getByTestId('report-preview-heading')
    const en = reportText.en
    for (const label of [
      `${translator('en', 'report')('chapterNumber', { n: 'I' })} ${en.chapterIntroduction.toUpperCase()}`,
      `1.1 ${en.background}`,
      en.appendices.toUpperCase(),
    ]) {
      expect(await headings.filter({ hasText: label }).count(), label).toBeGreaterThan(0)
    }
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.getByTestId('report-preview').scrollIntoViewIfNeeded()
    await screenshot(page, 'report-preview-en')

    // A thumbnail opens its page large; the arrow keys turn the pages.
    await thumbs.nth(2).focus()
    await page.keyboard.press('Enter')
    const large = page.getByTestId('report-page-large')
    await expect.poll(() => large.getAttribute('data-painted')).toBe('true')
    await expect.poll(() => page.getByRole('dialog').getByText(`Page 3 of ${pageCount}`).count()).toBe(1)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.getByRole('dialog').getByText(`Page 4 of ${pageCount}`).count()).toBe(1)
    await expect.poll(() => large.getAttribute('data-painted')).toBe('true')
    await screenshot(page, 'report-preview-page-en')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)

    // "Save PDF" saves the previewed PDF: as many pages as thumbnails.
    const pdfDownload = page.waitForEvent('download', { timeout: 180_000 })
    await page.getByTestId('report-save-pdf').click()
    await mkdir(PAGES_DIR, { recursive: true })
    const pdfPath = join(PAGES_DIR, 'preview-en.pdf')
    await (await pdfDownload).saveAs(pdfPath)
    expect((await readPdfText(new Uint8Array(await readFile(pdfPath)))).pages).toHaveLength(pageCount)

    // The Word copy of the same report, in both languages.
    const plan = sample.actionPlans.find((p) => p.deletedAt === null)
    const idea = sample.ideas.find((i) => i.deletedAt === null)
    for (const lang of ['en', 'id'] as const) {
      if (lang === 'id') {
        await page.getByTestId('report-language').getByText('Bahasa Indonesia', { exact: true }).click()
        await expect.poll(() => page.getByTestId('report-preview-stale').isVisible()).toBe(true)
        await buildReport(page)
      }
      const docxDownload = page.waitForEvent('download', { timeout: 180_000 })
      await page.getByTestId('report-save-docx').click()
      const download = await docxDownload
      expect(download.suggestedFilename()).toMatch(/\.docx$/)
      const path = join(PAGES_DIR, `preview-${lang}.docx`)
      await download.saveAs(path)
      await expect.poll(() => page.getByTestId('report-saved').textContent()).toContain('.docx')
      const docx = readDocxText(new Uint8Array(await readFile(path)))
      const s = reportText[lang]
      const chapters = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text.toUpperCase())
      for (const chapter of [s.chapterIntroduction, s.chapterDesign, s.chapterImplementation, s.chapterClosing, s.appendices]) {
        expect(
          chapters.some((c) => c.includes(chapter.toUpperCase())),
          `${lang}: ${chapter}`,
        ).toBe(true)
      }
      const text = docx.paragraphs.map((p) => p.text).join('\n')
      for (const item of [sample.training.title, plan?.activity ?? '', idea?.text ?? '', HTML_NOTE])
        expect(has(text, item), `${lang}: ${item}`).toBe(true)
      expect(docx.xml).toContain('<w:tblHeader/>')
    }

    // A heading of the preview leads to where its part is edited.
    await page
      .getByTestId('report-preview-heading')
      .filter({ hasText: `1.1 ${reportText.id.background}` })
      .click()
    await expect.poll(() => page.url()).toContain(`/trainings/${sample.training.id}/overview`)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tor-background')
  }, 300_000)
})
