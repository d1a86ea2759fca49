import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { startBridgeServer, type BridgeServer } from './bridgeServer'
import { freshProfile, launchBrowser, openSharedPage, type RunningBrowser, type SharedPage } from './browser'

/**
 * The built renderer the browser tests run against (`npm run build` makes it).
 * PELATIH_RENDERER_DIR points a bench at another build (an older commit's, for before/after figures).
 */
export const RENDERER_DIR = process.env['PELATIH_RENDERER_DIR'] ?? resolve(import.meta.dirname, '..', 'out', 'renderer')

/** One app "installation": a server with its disk journal, and a browser profile that survives relaunches. */
export interface AppHarness {
  server: BridgeServer
  profileDir: string
  dataFolder: string
  /**
   * Opens the app in a fresh context of the Chromium shared by the run (empty storage, like a new
   * profile; a page reload keeps what it stored). For a test that never kills or restarts the browser.
   */
  open(): Promise<SharedPage>
  /**
   * Starts a Chromium process of its own on the harness's profile, for a test that kills it, starts
   * it again on the same profile or reads the profile folder; `extraArgs` are added to its command line.
   */
  launch(extraArgs?: string[]): Promise<RunningBrowser>
  /** Every console or page error of every page opened and browser launched, for the test to assert on. */
  errors(): string[]
  dispose(): Promise<void>
}

/** Starts the bridge server on a fresh data folder and prepares a fresh browser profile. */
export async function createAppHarness(): Promise<AppHarness> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'pelatih-data-'))
  const profileDir = await freshProfile()
  const server = await startBridgeServer({ rendererDir: RENDERER_DIR, dataFolder })
  const running = new Set<RunningBrowser | SharedPage>()
  return {
    server,
    profileDir,
    dataFolder,
    open: async () => {
      const opened = await openSharedPage(server.url)
      running.add(opened)
      return opened
    },
    launch: async (extraArgs?: string[]) => {
      const browser = await launchBrowser(profileDir, server.url, undefined, extraArgs)
      running.add(browser)
      return browser
    },
    errors: () => [...running].flatMap((b) => b.errors),
    dispose: async () => {
      for (const b of running) await b.close().catch(() => undefined)
      await server.close()
      // Chromium's helper processes may still be flushing caches for a moment after it exits.
      const remove = (dir: string) =>
        rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch((error: unknown) =>
          console.warn(`could not remove ${dir}:`, error),
        )
      await remove(dataFolder)
      await remove(profileDir)
    },
  }
}

/** Waits until the save indicator says "Saved" for a write committed after `since` (epoch ms). */
export async function waitForSavedAfter(page: Page, since: number): Promise<void> {
  await page.waitForFunction(
    (after) => {
      const el = document.querySelector('[data-testid="save-status"]')
      return el?.getAttribute('data-state') === 'saved' && Number(el.getAttribute('data-saved-at')) >= after
    },
    since,
    { timeout: 15_000 },
  )
}

/** Creates a training through the UI and waits for its workspace. */
export async function createTrainingViaUi(page: Page, title: string, startDate = '2026-12-01'): Promise<void> {
  await page
    .getByRole('button', { name: /New training|Pelatihan baru/ })
    .first()
    .click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(/Title|Judul/).fill(title)
  await dialog.getByLabel(/Start date|Tanggal mulai/).fill(startDate)
  await dialog.getByRole('button', { name: /Create training|Buat pelatihan/ }).click()
  await page.getByTestId('workspace-title').filter({ hasText: title }).waitFor()
}
