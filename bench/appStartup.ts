import type { Page } from 'playwright-core'
import { createAppHarness } from '../e2e/appHarness'
import { snapshotChanges } from '../e2e/__fixtures__/snapshotChanges'
import type { Change } from '../shared/journal/journalEntry'
import type { TrainingSnapshot } from '../shared/report/trainingSnapshot'
import { makeLargeSnapshot } from '../shared/report/__fixtures__/makeLargeSnapshot'

/** The figures of the app start-up benchmark (medians of reloads, ms). */
export interface AppStartupResult {
  cards: number
  photos: number
  participants: number
  /** Reload of the app with the large training in its database until the home page lists it. */
  largeMs: number
  /** The same with an empty database until the home page is ready. */
  emptyMs: number
  ratio: number
  withinBudget: boolean
}

/** DESIGN.md section 8: start-up with a seeded database at most 1.5x the empty app. */
export const STARTUP_BUDGET = 1.5
const RELOADS = 5

/** A 3-day training with 2,000 cards and 200 photo rows (today's rows, small images). */
function largeTraining(): TrainingSnapshot {
  const snapshot = makeLargeSnapshot(1)
  const ideas = Array.from({ length: 2000 }, (_, i) => {
    const base = snapshot.ideas[i % snapshot.ideas.length]!
    return { ...base, id: `${base.id}-${i}`, order: i + 1 }
  })
  const photos = Array.from({ length: 200 }, (_, i) => {
    const base = snapshot.photos[i % snapshot.photos.length]!
    return { ...base, id: `${base.id}-${i}`, caption: `${base.caption} ${i + 1}`, order: i + 1 }
  })
  return { ...snapshot, ideas, photos }
}

async function homeReady(page: Page, title: string | null): Promise<void> {
  await page
    .getByRole('button', { name: /New training|Pelatihan baru/ })
    .first()
    .waitFor({ timeout: 120_000 })
  if (title !== null) await page.getByText(title).first().waitFor({ timeout: 120_000 })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Launches the app on a database holding `changes` (restored at the first start), then times reloads. */
async function timeStartup(changes: Change[], title: string | null): Promise<number> {
  const harness = await createAppHarness()
  try {
    for (let i = 0; i < changes.length; i += 1000) await harness.server.journal.append(changes.slice(i, i + 1000))
    const { page } = await harness.launch()
    await homeReady(page, title)
    const samples: number[] = []
    for (let i = 0; i < RELOADS; i += 1) {
      const start = performance.now()
      await page.reload()
      await homeReady(page, title)
      samples.push(performance.now() - start)
    }
    if (harness.errors().length > 0) throw new Error(`The page reported errors: ${harness.errors().join('; ')}`)
    return median(samples)
  } finally {
    await harness.dispose()
  }
}

/**
 * Start-up of the built app (reload until the home page is ready) with a large training already
 * in its database, against the empty app. Needs the built renderer (`npx electron-vite build`).
 */
export async function runAppStartupBench(): Promise<AppStartupResult> {
  const training = largeTraining()
  // The empty app before and after, the lower one kept: whichever runs first also warms caches.
  const emptyBefore = await timeStartup([], null)
  const largeMs = await timeStartup(snapshotChanges(training), training.training.title)
  const emptyMs = Math.min(emptyBefore, await timeStartup([], null))
  const ratio = Math.round((largeMs / emptyMs) * 100) / 100
  return {
    cards: training.ideas.length,
    photos: training.photos.length,
    participants: training.participants.length,
    largeMs: Math.round(largeMs),
    emptyMs: Math.round(emptyMs),
    ratio,
    withinBudget: ratio <= STARTUP_BUDGET,
  }
}

/** The figures as a few lines for the bench output. */
export function formatAppStartupBench(r: AppStartupResult): string {
  return [
    `App start-up (reload until the home page is ready, median of ${RELOADS}): ${r.cards} cards, ${r.photos} photos, ${r.participants} participants ${r.largeMs} ms; empty app ${r.emptyMs} ms (${r.ratio}x)`,
    `  budget: at most ${STARTUP_BUDGET}x the empty app -> ${r.withinBudget ? 'OK' : 'OVER BUDGET'}`,
  ].join('\n')
}
