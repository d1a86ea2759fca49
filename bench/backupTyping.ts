import type { Page } from 'playwright-core'
import { createAppHarness } from '../e2e/appHarness'
import { snapshotChanges, storeSnapshotPhotos } from '../e2e/__fixtures__/snapshotChanges'
import type { TrainingSnapshot } from '../shared/report/trainingSnapshot'
import { makeLargeSnapshot } from '../shared/report/__fixtures__/makeLargeSnapshot'
import { figures, takeLongTasks, threadTime, typeKeys, type LongTaskWindow, type TypingFigures } from './exportTyping'

/** The figures of the UI-during-backup benchmark. */
export interface BackupTypingResult {
  keys: number
  cards: number
  participants: number
  /** Size of the backup file written (bytes). */
  backupBytes: number
  /** Typing with no backup running. */
  idle: TypingFigures
  /** Typing while "Back up now" builds and writes the backup. */
  backingUp: TypingFigures
  /** Click to "Backup written." (ms). */
  backupMs: number
  /** Whether the typing was over before the backup was (else the figures prove little). */
  typedDuringBackup: boolean
  /** Budget: no main-thread task over 50 ms (CPU) while the backup is made. */
  withinBudget: boolean
}

const KEYS = 'pelatihan relawan'

/** A training of 5,200 cards (makeLargeSnapshot(13)) with its participants made up to 1,000. */
function largeTraining(): TrainingSnapshot {
  const snapshot = makeLargeSnapshot(13)
  const extra = Array.from({ length: 1000 - snapshot.participants.length }, (_, i) => {
    const base = snapshot.participants[i % snapshot.participants.length]!
    return { ...base, id: `${base.id}-extra-${i}`, name: `${base.name} (${i + 1})` }
  })
  return { ...snapshot, participants: [...snapshot.participants, ...extra] }
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as LongTaskWindow
    w.benchLongTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchLongTasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
}

/**
 * Types into the training picker of the Data and backups page, first with nothing running, then
 * right after "Back up now" until the backup is written, and records the main thread's long
 * tasks. Needs the built renderer (`npx electron-vite build`).
 */
export async function runBackupTypingBench(): Promise<BackupTypingResult> {
  const snapshot = largeTraining()
  const harness = await createAppHarness()
  try {
    await harness.server.journal.append(snapshotChanges(snapshot))
    await storeSnapshotPhotos(snapshot, harness.server.photos)
    const { page } = await harness.launch()
    await page.goto(`${harness.server.url}/#/data`)
    const backupNow = page.getByRole('button', { name: /Back up now|Cadangkan sekarang/ })
    await backupNow.waitFor({ timeout: 120_000 })
    await observeLongTasks(page)
    const picker = page.getByTestId('export-training')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    const browser = page.context().browser()
    if (!browser) throw new Error('no browser')
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline']

    await picker.click()
    await takeLongTasks(page)
    await browser.startTracing(page, { categories })
    const idleCpu = await threadTime(cdp)
    const idleKeys = await typeKeys(page, KEYS)
    const idle = figures(await takeLongTasks(page), idleKeys, (await threadTime(cdp)) - idleCpu, await browser.stopTracing())
    await picker.fill('')
    await page.keyboard.press('Escape')
    await takeLongTasks(page)

    await browser.startTracing(page, { categories })
    const cpu = await threadTime(cdp)
    const start = performance.now()
    await backupNow.click()
    await picker.click()
    const keys = await typeKeys(page, KEYS)
    const typedDuringBackup = (await harness.server.backups.list()).length === 0
    await page.getByText(/Backup written\.|Cadangan tersimpan\./).waitFor({ timeout: 300_000 })
    const backupMs = Math.round(performance.now() - start)
    const backingUp = figures(await takeLongTasks(page), keys, (await threadTime(cdp)) - cpu, await browser.stopTracing())
    const written = await harness.server.backups.list()
    if (harness.errors().length > 0) throw new Error(`The page reported errors: ${harness.errors().join('; ')}`)
    return {
      keys: KEYS.length,
      cards: snapshot.ideas.length,
      participants: snapshot.participants.length,
      backupBytes: written[0]?.bytes ?? 0,
      idle,
      backingUp,
      backupMs,
      typedDuringBackup,
      withinBudget: backingUp.longestTaskCpuMs <= 50 && typedDuringBackup,
    }
  } finally {
    await harness.dispose()
  }
}

/** The figures as a few lines for the bench output. */
export function formatBackupTypingBench(r: BackupTypingResult): string {
  const line = (name: string, f: TypingFigures) =>
    `  ${name.padEnd(16)} longest task ${String(f.longestTaskMs).padStart(4)} ms wall / ${f.longestTaskCpuMs} ms CPU, long tasks ${String(f.longTasks).padStart(2)}, key median ${f.keyMedianMs} ms, key max ${f.keyMaxMs} ms, main-thread CPU ${f.mainThreadCpuMs} ms`
  return [
    `Typing ${r.keys} keys during a backup of ${r.cards} cards and ${r.participants} participants (${(r.backupBytes / 1024 / 1024).toFixed(1)} MB, took ${r.backupMs} ms${r.typedDuringBackup ? '' : ', typing outlasted it'}):`,
    line('without backup', r.idle),
    line('during backup', r.backingUp),
    `  budget: no main-thread task over 50 ms (CPU) while backing up -> ${r.withinBudget ? 'OK' : 'OVER BUDGET'}`,
  ].join('\n')
}
