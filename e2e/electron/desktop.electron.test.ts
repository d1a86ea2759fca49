import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openJournalStore } from '../../electron/main/storage/journalStore'
import { localDateOf } from '../../shared/agenda/trainingDays'
import { findElectronBinary } from '../../scripts/electronBinary.js'
import { seedTraining } from '../__fixtures__/seedTraining'
import { createTrainingViaUi, waitForSavedAfter } from '../appHarness'
import { screenshot } from '../screenshots'

// Run by scripts/test.mjs only when an Electron binary is present (see electronBinary.js); the
// built app (out/) must exist. Each test gets its own data folder (PELATIH_USER_DATA_DIR).
const APP_DIR = join(import.meta.dirname, '..', '..')
const ELECTRON = findElectronBinary(APP_DIR)
const ENTRY = 'app://pelatih/index.html'

const folders: string[] = []
const apps: ElectronApplication[] = []

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close().catch(() => undefined)
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
})

async function dataFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'pelatih-electron-'))
  folders.push(folder)
  return folder
}

function appEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  // A developer's dev server must not be what the test loads.
  delete env['ELECTRON_RENDERER_URL']
  return { ...env, PELATIH_USER_DATA_DIR: userData, LANG: 'en_US.UTF-8', LANGUAGE: 'en' }
}

/** Starts the built app on a data folder; resolves with it and its first window, showing the training list. */
async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (ELECTRON === null) throw new Error('no Electron binary')
  const app = await _electron.launch({ executablePath: ELECTRON, args: [APP_DIR], env: appEnv(userData), cwd: APP_DIR, timeout: 60_000 })
  apps.push(app)
  const page = await app.firstWindow({ timeout: 60_000 })
  page.setDefaultTimeout(30_000)
  await page.locator('.app-header').waitFor()
  return { app, page }
}

/** Lines of the journal on disk that mention `text`. */
async function journalLinesWith(userData: string, text: string): Promise<number> {
  const journal = await readFile(join(userData, 'journal', 'journal.ndjson'), 'utf8').catch(() => '')
  return journal.split('\n').filter((line) => line.includes(text)).length
}

describe.skipIf(ELECTRON === null)('the desktop app in Electron', () => {
  it('starts on the app scheme with the preload bridge, and shows a journaled training in the new origin', async () => {
    const userData = await dataFolder()
    // The journal is what a user of the file:// build has on disk; this origin's database is empty.
    const seed = seedTraining({ title: 'Pelatihan dari versi file://' })
    const journal = await openJournalStore(join(userData, 'journal'))
    await journal.append(seed.changes)
    await journal.close()
    const { page } = await launch(userData)
    expect(page.url().startsWith(ENTRY)).toBe(true)
    expect(await page.evaluate(() => typeof (window as { pelatih?: { appendJournal?: unknown } }).pelatih?.appendJournal)).toBe('function')
    expect(await page.getByTestId('bridge-missing').count()).toBe(0)
    await page.getByText('Pelatihan dari versi file://').first().waitFor()
    await screenshot(page, 'electron-start-en')
  })

  it('creates a training: it is on disk in the journal once it shows Saved', async () => {
    const userData = await dataFolder()
    const { page } = await launch(userData)
    const since = Date.now()
    await createTrainingViaUi(page, 'ToT Electron')
    await waitForSavedAfter(page, since)
    expect(await journalLinesWith(userData, 'ToT Electron')).toBeGreaterThan(0)
  })

  it('exports the report PDF through the worker to the file chosen in the save dialog', async () => {
    const userData = await dataFolder()
    const seed = seedTraining({ title: 'Laporan Electron' })
    const journal = await openJournalStore(join(userData, 'journal'))
    await journal.append(seed.changes)
    await journal.close()
    const { app, page } = await launch(userData)
    const target = join(userData, 'report.pdf')
    // The native dialog cannot be clicked by a test: main's dialog answers with the path instead.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path })
    }, target)
    await page.evaluate((hash) => (window.location.hash = hash), `#/trainings/${seed.trainingId}/reports`)
    page.setDefaultTimeout(120_000)
    await page.getByTestId('report-create').click()
    await page.getByTestId('report-saved').waitFor()
    const bytes = await readFile(target)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.byteLength).toBeGreaterThan(10_000)
  })

  it('opens the projector window, which follows the trainer live', async () => {
    const userData = await dataFolder()
    const seed = seedTraining({ startDate: localDateOf(Date.now(), -new Date().getTimezoneOffset()) })
    const journal = await openJournalStore(join(userData, 'journal'))
    await journal.append(seed.changes)
    await journal.close()
    const { app, page } = await launch(userData)
    await page.evaluate((hash) => (window.location.hash = hash), `#/trainings/${seed.trainingId}/run?view=board`)
    const notice = page.getByTestId('recovery-notice')
    if (await notice.count()) await notice.getByRole('button', { name: 'Close' }).click()
    const opening = app.waitForEvent('window')
    await page.getByTestId('run-projector').click()
    const projector = await opening
    expect(projector.url()).toContain('#/projector/')
    await page.getByTestId('bs-new-round').click()
    await page.getByTestId('bs-round-question-new').fill('Apa hambatan berorganisasi?')
    await page.getByTestId('bs-round-create').click()
    const since = Date.now()
    await page.getByTestId('bs-card-input').fill('Takut kehilangan order')
    await page.getByTestId('bs-card-input').press('Enter')
    await waitForSavedAfter(page, since)
    await projector.getByText('Takut kehilangan order').first().waitFor({ timeout: 10_000 })
    // The projector window has no way to write: the card was journaled once, by the trainer's window.
    expect(await journalLinesWith(userData, 'Takut kehilangan order')).toBe(1)
    await screenshot(projector, 'electron-projector-en')
  })

  it('restores what showed Saved after the app is killed, at the next start', async () => {
    const userData = await dataFolder()
    const first = await launch(userData)
    const since = Date.now()
    await createTrainingViaUi(first.page, 'Sebelum dimatikan')
    await waitForSavedAfter(first.page, since)
    first.app.process().kill('SIGKILL')
    await new Promise<void>((done) => first.app.process().once('exit', () => done()))
    apps.splice(apps.indexOf(first.app), 1)
    const second = await launch(userData)
    await second.page.evaluate(() => (window.location.hash = '#/'))
    await second.page.getByText('Sebelum dimatikan').first().waitFor()
  })

  it('a second launch hands focus to the first window and leaves', async () => {
    const userData = await dataFolder()
    const { app } = await launch(userData)
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize())
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized())).toBe(true)
    const second = spawn(ELECTRON as string, [APP_DIR], { env: appEnv(userData), stdio: 'ignore' })
    const exitCode = await new Promise<number | null>((done) => second.once('exit', (code) => done(code)))
    expect(exitCode).toBe(0)
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized())).toBe(false)
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  })
})
