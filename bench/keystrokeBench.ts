import type { Page } from 'playwright-core'
import { localDateOf } from '../shared/agenda/trainingDays'
import type { Change } from '../shared/journal/journalEntry'
import type { Idea, Round } from '../shared/model/brainstorm'
import { seedTraining } from '../e2e/__fixtures__/seedTraining'
import { createAppHarness } from '../e2e/appHarness'
import type { RunningBrowser } from '../e2e/browser'
import { journaledRow } from '../e2e/__fixtures__/journaledRow'

/** Median and 95th percentile of one measured scenario, in ms. */
export interface LatencyRow {
  scenario: string
  samples: number
  medianMs: number
  p95Ms: number
  /** medianMs / the baseline's medianMs of the same pass (keystroke rows only). */
  ratio: number | null
  /** Whether DESIGN.md's keystroke budget judges this row. */
  judged: boolean
}

/** The figures of one run and whether they meet DESIGN.md's keystroke budget. */
export interface KeystrokeBenchResult {
  rows: LatencyRow[]
  withinBudget: boolean
}

/** DESIGN.md section 8: median at most 1.5x the empty page, p95 at most 16 ms. */
export const KEYSTROKE_BUDGET = { ratio: 1.5, p95Ms: 16 }

/**
 * Chromium's switches that stop it waiting for the display's 60 Hz clock before drawing a
 * frame. That wait (0 to 16.7 ms, whatever the page does) is the same on every page; without
 * it, what is left of a keystroke's latency is the page's own: input delay, handlers, style,
 * layout, paint. With the clock, the empty page's own p95 is above 16 ms on this machine.
 */
export const NO_DISPLAY_CLOCK = ['--disable-frame-rate-limit', '--disable-gpu-vsync']

/** The card texts typed. */
export const TEXTS = [
  'Upah per potong jauh di bawah UMK kota',
  'Tidak ada kontrak tertulis dengan perantara',
  'Bahan kerja dan listrik ditanggung sendiri',
]

/** The value at fraction `p` (0..1) of the sorted values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0
}

/** A round of `cards` unsorted cards in a session, as journal puts (restored at the app's start). */
export function boardRows(trainingId: string, sessionId: string, roundId: string, cards: number, now: number): Change[] {
  const meta = { trainingId, createdAt: now, updatedAt: now, deletedAt: null }
  const round: Round = { ...meta, id: roundId, sessionId, question: `Board with ${cards} cards`, order: 1 }
  const ideas: Idea[] = Array.from({ length: cards }, (_, i) => ({
    ...meta,
    id: `${roundId}-idea-${i}`,
    sessionId,
    roundId,
    text: `${TEXTS[i % TEXTS.length] ?? ''} (${i + 1})`,
    clusterId: null,
    votes: i % 5,
    author: i % 3 === 0 ? 'Bu Siti' : '',
    group: `Kelompok ${(i % 6) + 1}`,
    order: i + 1,
  }))
  return [
    { op: 'put', table: 'rounds', row: journaledRow(round) },
    ...ideas.map((row): Change => ({ op: 'put', table: 'ideas', row: journaledRow(row) })),
  ]
}

/**
 * Records, per keystroke, the time from the keydown's timestamp (when the key was pressed,
 * so waiting behind other work counts) until a task posted from the 'input' event runs:
 * Chromium runs it after the frame that shows the character, so the figure covers input
 * delay, every handler, and the style, layout and paint of that frame.
 */
export async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Listeners = { keydown: (e: KeyboardEvent) => void; input: () => void }
    const w = window as unknown as { __lat: number[]; __latListeners?: Listeners }
    // Measured again on the same page (a tab change keeps the document): the earlier listeners go,
    // or every keystroke would be counted once per call and the wait for n figures end halfway.
    if (w.__latListeners) {
      document.removeEventListener('keydown', w.__latListeners.keydown, true)
      document.removeEventListener('input', w.__latListeners.input, true)
    }
    w.__lat = []
    // -1: no keydown pending (fill('') fires an input event without one; it is not counted).
    let t0 = -1
    const listeners: Listeners = {
      keydown: (e) => {
        t0 = e.timeStamp
      },
      input: () => {
        const start = t0
        t0 = -1
        if (start < 0) return
        const channel = new MessageChannel()
        channel.port1.onmessage = () => w.__lat.push(performance.now() - start)
        channel.port2.postMessage(null)
      },
    }
    w.__latListeners = listeners
    document.addEventListener('keydown', listeners.keydown, true)
    document.addEventListener('input', listeners.input, true)
  })
}

/** Types one round of warm-up text (JIT, fonts, first renders), not measured, then instruments. */
export async function prepare(page: Page, selector: string): Promise<void> {
  await page.locator(selector).click()
  await page.keyboard.type(TEXTS[0] ?? '', { delay: 25 })
  await page.locator(selector).fill('')
  await page.waitForTimeout(300)
  await instrument(page)
}

/** Types one text into the field, character by character. */
export async function typeRound(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).fill('')
  await page.keyboard.type(text, { delay: 25 })
}

/** The latencies recorded since `instrument`. */
export async function collect(page: Page): Promise<number[]> {
  await page.waitForTimeout(100)
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
}

/** A page in a window of its own, so every page stays visible (a background tab is throttled). */
export async function openWindow(page: Page, url: string): Promise<Page> {
  const cdp = await page.context().browser()?.newBrowserCDPSession()
  if (!cdp) throw new Error('no CDP session')
  const opened = page.context().waitForEvent('page')
  await cdp.send('Target.createTarget', { url, newWindow: true })
  const next = await opened
  await next.setViewportSize({ width: 1366, height: 768 })
  return next
}

function row(scenario: string, samples: number[], baseline: number | null, judged: boolean): LatencyRow {
  const medianMs = percentile(samples, 0.5)
  return {
    scenario,
    samples: samples.length,
    medianMs,
    p95Ms: percentile(samples, 0.95),
    ratio: baseline === null ? null : medianMs / baseline,
    judged,
  }
}

/** How many times each text is typed on each page per pass. */
const ROUNDS = 2

/**
 * One pass of typing, in three windows side by side: the baseline (an empty page with one
 * input), the board with 400 cards and the board with 2,000. Rounds alternate between them,
 * so a change in the machine's load during the pass affects all three alike.
 */
async function typingPass(pages: { empty: Page; with400: Page; with2000: Page }, label: string, judged: boolean): Promise<LatencyRow[]> {
  const INPUT = '[data-testid="bs-card-input"]'
  const runs: [Page, string][] = [
    [pages.empty, '#only'],
    [pages.with400, INPUT],
    [pages.with2000, INPUT],
  ]
  for (const [p, selector] of runs) await prepare(p, selector)
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const text of TEXTS) {
      for (const [p, selector] of runs) await typeRound(p, selector, text)
    }
  }
  const [baseline, with400, with2000] = await Promise.all(runs.map(([p]) => collect(p)))
  if (!baseline || !with400 || !with2000) throw new Error('no samples')
  const base = percentile(baseline, 0.5)
  return [
    row(`keystroke, empty page with one input (${label})`, baseline, base, judged),
    row(`keystroke, board with 400 cards (${label})`, with400, base, judged),
    row(`keystroke, board with 2,000 cards (${label})`, with2000, base, judged),
  ]
}

/** Opens the two boards and the empty page, each in a window of its own, in a fresh browser. */
async function openPages(
  browser: RunningBrowser,
  boardUrl: (round: string) => string,
): Promise<{ empty: Page; with400: Page; with2000: Page }> {
  const cards = (n: number) => new RegExp(`^${n} cards`)
  const with400 = browser.page
  await with400.goto(boardUrl('round-400'))
  await with400
    .getByTestId('bs-count')
    .filter({ hasText: cards(400) })
    .waitFor({ timeout: 60_000 })
  const with2000 = await openWindow(with400, boardUrl('round-2000'))
  await with2000
    .getByTestId('bs-count')
    .filter({ hasText: cards(2000) })
    .waitFor({ timeout: 60_000 })
  const empty = await openWindow(with400, 'about:blank')
  await empty.setContent('<!doctype html><html><body><input id="only" aria-label="x"></body></html>')
  return { empty, with400, with2000 }
}

/**
 * Runs the keystroke bench in Chromium against the production build (out/renderer): typing a
 * card with 400 and with 2,000 cards on the board, against an empty page with one input, first
 * without the display clock (the budget's figures: the page's own latency), then with it (what
 * a 60 Hz screen adds, for information). The projector's paint of a new card is projectorPaint.ts.
 */
export async function runKeystrokeBench(): Promise<KeystrokeBenchResult> {
  const harness = await createAppHarness()
  try {
    const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
    const [s1, s2] = seed.sessionIds
    if (!s1 || !s2) throw new Error('seed has no sessions')
    const now = Date.now()
    await harness.server.journal.append([
      ...seed.changes,
      ...boardRows(seed.trainingId, s1, 'round-400', 400, now),
      ...boardRows(seed.trainingId, s2, 'round-2000', 2000, now),
    ])
    const boardUrl = (round: string) =>
      `${harness.server.url}/#/trainings/${seed.trainingId}/run?view=board&session=${round === 'round-400' ? s1 : s2}&round=${round}`

    const unclocked = await harness.launch(NO_DISPLAY_CLOCK)
    const budgetRows = await typingPass(await openPages(unclocked, boardUrl), 'no display clock', true)
    await unclocked.close()

    const clocked = await harness.launch()
    const infoRows = await typingPass(await openPages(clocked, boardUrl), '60 Hz display clock, info', false)

    const rows = [...budgetRows, ...infoRows]
    const judged = rows.filter((r) => r.judged)
    const withinBudget = judged.every((r) => (r.ratio ?? 0) <= KEYSTROKE_BUDGET.ratio && r.p95Ms <= KEYSTROKE_BUDGET.p95Ms)
    return { rows, withinBudget }
  } finally {
    await harness.dispose()
  }
}

/** The figures as a plain-text table. */
export function formatKeystrokeBench(result: KeystrokeBenchResult): string {
  const lines = [
    'Keystroke bench (Chromium, production build)',
    `${'scenario'.padEnd(66)} ${'n'.padStart(4)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'ratio'.padStart(6)}`,
    ...result.rows.map(
      (r) =>
        `${r.scenario.padEnd(66)} ${String(r.samples).padStart(4)} ${r.medianMs.toFixed(1).padStart(10)} ${r.p95Ms.toFixed(1).padStart(8)} ${(r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`).padStart(6)}`,
    ),
    `budget (rows without the display clock): median <= ${KEYSTROKE_BUDGET.ratio}x the empty page, p95 <= ${KEYSTROKE_BUDGET.p95Ms} ms -> ${result.withinBudget ? 'met' : 'NOT met'}`,
  ]
  return lines.join('\n')
}
