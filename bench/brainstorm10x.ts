import type { Page } from 'playwright-core'
import { createAppHarness } from '../e2e/appHarness'
import { snapshotChanges } from '../e2e/__fixtures__/snapshotChanges'
import type { Idea } from '../shared/model/brainstorm'
import type { TrainingSnapshot } from '../shared/report/trainingSnapshot'
import { makeLargeSnapshot } from '../shared/report/__fixtures__/makeLargeSnapshot'
import { collect, percentile, prepare, TEXTS, typeRound } from './keystrokeBench'

/** Issue 13 at ten times the size: the tab shows content within 1 s, a keystroke's p95 under 50 ms. */
export const TEN_X_BUDGET = { openMs: 1_000, keystrokeP95Ms: 50 }

/** The figures of the brainstorm board at ten times the size. */
export interface Brainstorm10xResult {
  cards: number
  /** Cards of the round the board opens. */
  boardCards: number
  /** Median of the opens: from the route change until the board's first frame with its cards. */
  openMs: number
  opens: number[]
  /** Element nodes in the page, and card nodes, once the board is open. */
  domNodes: number
  cardNodes: number
  keystrokeSamples: number
  keystrokeMedianMs: number
  keystrokeP95Ms: number
  withinBudget: boolean
}

const CARDS = 10_000
// The round the board opens holds 4,000 of them (a day-long round); the rest are spread over the others.
const BIG_ROUND = 4_000
const OPENS = 5

/**
 * The 10x training of issue 13 (makeLargeSnapshot(10): 10 days, 200 sessions, 300 participants,
 * their attendance and evaluations) with 10,000 cards. Photo rows are left out: their files are
 * not what this measures.
 */
function tenTimesTraining(): TrainingSnapshot {
  const snapshot = makeLargeSnapshot(10)
  const [first, ...others] = snapshot.rounds
  if (!first || others.length === 0) throw new Error('the snapshot has no rounds')
  const ideas: Idea[] = Array.from({ length: CARDS }, (_, i) => {
    const base = snapshot.ideas[i % snapshot.ideas.length]!
    const round = i < BIG_ROUND ? first : others[i % others.length]!
    const clusters = snapshot.clusters.filter((c) => c.roundId === round.id)
    const cluster = i % 10 === 0 ? null : (clusters[i % clusters.length] ?? null)
    return { ...base, id: `idea-10x-${i + 1}`, sessionId: round.sessionId, roundId: round.id, clusterId: cluster?.id ?? null, order: i + 1 }
  })
  return { ...snapshot, ideas, photos: [], photoFiles: {} }
}

/** Changes the route inside the page; resolves with ms until the first frame showing the board's count and cards. */
function openBoard(page: Page, hash: string, cards: number): Promise<number> {
  return page.evaluate(
    ({ to, expected }) =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        const shown = () =>
          document.querySelector('[data-testid="bs-count"]')?.textContent?.startsWith(`${expected} `) === true &&
          document.querySelector('[data-testid="bs-card"]') !== null
        const observer = new MutationObserver(() => {
          if (!shown()) return
          observer.disconnect()
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        location.hash = to
      }),
    { to: hash, expected: cards },
  )
}

/**
 * Runs in Chromium against the production build: the 10x training restored at the app's first
 * start from the disk journal (the app's own restore path), then the run tab's brainstorm board
 * opened from another tab five times, and a card typed on it.
 */
export async function runBrainstorm10xBench(): Promise<Brainstorm10xResult> {
  const training = tenTimesTraining()
  const round = training.rounds[0]!
  const day = training.sessions.find((s) => s.id === round.sessionId)?.day ?? 1
  const harness = await createAppHarness()
  try {
    const changes = snapshotChanges(training)
    for (let i = 0; i < changes.length; i += 1000) await harness.server.journal.append(changes.slice(i, i + 1000))
    const { page } = await harness.launch()
    const base = `#/trainings/${training.training.id}`
    const board = `${base}/run?day=${day}&view=board&session=${round.sessionId}&round=${round.id}`
    await page.goto(`${harness.server.url}/${base}/overview`)
    await page.getByTestId('workspace-title').waitFor({ timeout: 300_000 })

    const opens: number[] = []
    for (let i = 0; i < OPENS; i += 1) {
      await page.evaluate((to) => (location.hash = to), `${base}/overview`)
      await page.getByTestId('workspace-title').waitFor()
      await page.getByTestId('bs-board').waitFor({ state: 'detached' })
      opens.push(await openBoard(page, board, BIG_ROUND))
    }
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    const cardNodes = await page.getByTestId('bs-card').count()

    const input = '[data-testid="bs-card-input"]'
    await prepare(page, input)
    for (let r = 0; r < 2; r += 1) for (const text of TEXTS) await typeRound(page, input, text)
    const latencies = await collect(page)
    if (harness.errors().length > 0) throw new Error(`The page reported errors: ${harness.errors().join('; ')}`)

    const openMs = percentile(opens, 0.5)
    const keystrokeP95Ms = percentile(latencies, 0.95)
    return {
      cards: training.ideas.length,
      boardCards: BIG_ROUND,
      openMs,
      opens,
      domNodes,
      cardNodes,
      keystrokeSamples: latencies.length,
      keystrokeMedianMs: percentile(latencies, 0.5),
      keystrokeP95Ms,
      withinBudget: openMs <= TEN_X_BUDGET.openMs && keystrokeP95Ms <= TEN_X_BUDGET.keystrokeP95Ms,
    }
  } finally {
    await harness.dispose()
  }
}

/** The figures as plain text. */
export function formatBrainstorm10xBench(r: Brainstorm10xResult): string {
  return [
    `Brainstorm board at 10x (Chromium, production build): ${r.cards} cards in the training, ${r.boardCards} on the board opened`,
    `brainstorm tab open at 10x: median ${r.openMs.toFixed(0)} ms (${r.opens.map((v) => v.toFixed(0)).join(', ')}), budget ${TEN_X_BUDGET.openMs} ms; ${r.domNodes} elements in the page, ${r.cardNodes} card nodes`,
    `card entry keystroke at 10x: n=${r.keystrokeSamples}, median ${r.keystrokeMedianMs.toFixed(1)} ms, p95 ${r.keystrokeP95Ms.toFixed(1)} ms, budget p95 < ${TEN_X_BUDGET.keystrokeP95Ms} ms`,
    `budget -> ${r.withinBudget ? 'met' : 'NOT met'}`,
  ].join('\n')
}
