import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { readPdfText, squash } from '../shared/report/__fixtures__/readPdfText'
import { sampleTraining } from '../shared/report/__fixtures__/sampleTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { snapshotChanges, storeSnapshotPhotos } from './__fixtures__/snapshotChanges'
import { screenshot } from './screenshots'

/** Where the exported PDF and its pages as PNG go, for people to look at. */
const PAGES_DIR = resolve(import.meta.dirname, '..', 'test-results', 'report-pages')

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

const OWN_FOREWORD = 'Laporan ini kami susun bersama tim fasilitator YPMS.'
const QUESTIONS = ['Sebutkan tiga alasan lembaga membutuhkan relawan.', 'Apa saja tahap siklus pengelolaan relawan?']
const SIGNERS = {
  preparedByName: 'Cahyono Agus Rifa’i',
  preparedByPosition: 'Koordinator Pelatihan',
  acknowledgedByName: 'Sri Wahyuningsih, S.H.',
  acknowledgedByPosition: 'Direktur Eksekutif YPMS',
  place: 'Sleman',
} as const

/** Types into a field and leaves it, which saves it at once. */
async function type(page: Page, testId: string, text: string): Promise<void> {
  const field = page.getByTestId(testId)
  await field.fill(text)
  await field.press('Tab')
}

const theresia = (page: Page) => page.getByTestId('pre-post-row').filter({ hasText: 'Theresia' })

describe('the approval page, foreword and pre/post test in Chromium', () => {
  it('keeps the approval page, the foreword, the test questions and a score across a reload, and prints them', async () => {
    const sample = sampleTraining()
    harness = await createAppHarness()
    await harness.server.journal.append(snapshotChanges(sample))
    await storeSnapshotPhotos(sample, harness.server.photos)
    const { page } = await harness.open()
    page.setDefaultTimeout(90_000)
    const base = `${harness.server.url}/#/trainings/${sample.training.id}`
    await page.goto(`${base}/reports`)
    await page.getByTestId('front-matter').waitFor()
    // The foreword starts from the default made of the training's facts.
    await expect.poll(() => page.getByTestId('report-foreword').inputValue()).toContain(sample.training.title)

    const before = Date.now()
    for (const [field, text] of Object.entries(SIGNERS)) await type(page, `approval-${field}`, text)
    await page.getByTestId('approval-date').fill('2019-08-12')
    await type(page, 'report-foreword', OWN_FOREWORD)

    await page.goto(`${base}/evaluation`)
    const questions = page.getByTestId('test-questions')
    await questions.getByRole('button', { name: 'Add' }).click()
    await page.keyboard.type(QUESTIONS[0] ?? '')
    await page.keyboard.press('Enter')
    await page.keyboard.type(QUESTIONS[1] ?? '')
    await page.keyboard.press('Tab')
    // Theresia sat the pre-test only: her post-test score is entered now.
    await theresia(page).getByTestId('score-post').fill('70')
    await expect.poll(() => theresia(page).textContent()).toContain('+9')
    await waitForSavedAfter(page, before)

    await page.reload()
    await questions.waitFor()
    await expect
      .poll(() => questions.locator('textarea').evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value)))
      .toEqual(QUESTIONS)
    await expect.poll(() => theresia(page).getByTestId('score-post').inputValue()).toBe('70')
    await questions.scrollIntoViewIfNeeded()
    await screenshot(page, 'evaluation-test-questions-en')

    await page.goto(`${base}/reports`)
    await page.getByTestId('front-matter').waitFor()
    for (const [field, text] of Object.entries(SIGNERS)) {
      await expect.poll(() => page.getByTestId(`approval-${field}`).inputValue()).toBe(text)
    }
    await expect.poll(() => page.getByTestId('approval-date').inputValue()).toBe('2019-08-12')
    await expect.poll(() => page.getByTestId('report-foreword').inputValue()).toBe(OWN_FOREWORD)
    await page.getByTestId('front-matter').scrollIntoViewIfNeeded()
    await screenshot(page, 'reports-front-matter-en')

    // The report prints what was entered: the approval page, the foreword and the test sheet.
    // The full report is built and previewed first, then saved from its preview.
    await page.getByTestId('report-create').click()
    const downloading = page.waitForEvent('download', { timeout: 180_000 })
    await page.getByTestId('report-save-pdf').click({ timeout: 180_000 })
    const download = await downloading
    await mkdir(PAGES_DIR, { recursive: true })
    const path = join(PAGES_DIR, 'front-matter-en.pdf')
    await download.saveAs(path)
    await page.getByTestId('report-saved').waitFor()
    const { pages } = await readPdfText(new Uint8Array(await readFile(path)))
    const approval = squash(pages[1] ?? '')
    for (const text of [...Object.values(SIGNERS), 'APPROVAL PAGE', 'Acknowledged by,', 'Prepared by,', 'Sleman, 12 August 2019']) {
      expect(approval).toContain(squash(text))
    }
    expect(squash(pages[2] ?? '')).toContain(squash(OWN_FOREWORD))
    const all = squash(pages.join('\n'))
    for (const text of [...QUESTIONS, 'Theresia Élise Manurung 61 70 +9']) expect(all).toContain(squash(text))
    for (const file of await readdir(PAGES_DIR))
      if (file.startsWith('front-matter-en-') && file.endsWith('.png')) await rm(join(PAGES_DIR, file))
    await promisify(execFile)('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', path, join(PAGES_DIR, 'front-matter-en')])
    expect((await readdir(PAGES_DIR)).filter((f) => f.startsWith('front-matter-en-'))).toHaveLength(4)
  }, 300_000)
})
