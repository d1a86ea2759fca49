import type { Page } from 'playwright-core'
import { createAppHarness, type AppHarness } from '../e2e/appHarness'
import { instrument, NO_DISPLAY_CLOCK } from './keystrokeBench'
import { ONE_TIME, sizedTrainingChanges, TEN_TIMES, type TrainingSize } from '../scripts/fixtures/sizedTraining'

/** One figure at the baseline size and at ten times the size, against its goal. */
export interface LargeTablesRow {
  scenario: string
  baselineMs: number
  largeMs: number
  goalMs: number
  met: boolean
}

/** The goals at ten times the size (imports are timed by bench/imports.ts). */
export const LARGE_GOALS = { firstContentMs: 1000, keystrokeP95Ms: 50 }

/** The tabs timed, with what shows their first content. */
const TABS = [
  { name: 'action plans', path: 'actionPlans', content: '[data-testid="plan-row"]' },
  { name: 'participants', path: 'participants', content: '[data-testid="participant-row"]' },
  { name: 'evaluation', path: 'evaluation', content: '[data-testid="pre-post-row"]' },
] as const

const TYPED = 'Pendampingan relawan desa'
const OPENS = 3

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0
}

interface Opened {
  harness: AppHarness
  page: Page
  url: (tab: string) => string
}

/** The app with a training of `size` restored at start from the journal, on its overview. */
async function openSized(size: TrainingSize): Promise<Opened> {
  const { snapshot, changes } = sizedTrainingChanges(size)
  const harness = await createAppHarness()
  for (let i = 0; i < changes.length; i += 2000) await harness.server.journal.append(changes.slice(i, i + 2000))
  // As the keystroke bench: without the display's 60 Hz clock, which adds the same wait to every page.
  const { page } = await harness.launch(NO_DISPLAY_CLOCK)
  const url = (tab: string) => `${harness.server.url}/#/trainings/${snapshot.training.id}/${tab}`
  await page.goto(url('overview'))
  await page.getByTestId('workspace-title').waitFor({ timeout: 180_000 })
  return { harness, page, url }
}

/**
 * From the overview, switches to a tab (as its link does) and times, in the page, until the
 * frame that shows its first row has been drawn. Median of a few opens.
 */
async function firstContent(opened: Opened, tab: (typeof TABS)[number]): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < OPENS; i += 1) {
    await opened.page.goto(opened.url('overview'))
    await opened.page.getByTestId('workspace-title').waitFor({ timeout: 180_000 })
    const hash = new URL(opened.url(tab.path)).hash
    samples.push(
      await opened.page.evaluate(
        ({ hash, content }) =>
          new Promise<number>((resolve) => {
            const start = performance.now()
            const check = () => {
              if (document.querySelector(content)) setTimeout(() => resolve(performance.now() - start), 0)
              else requestAnimationFrame(check)
            }
            location.hash = hash
            requestAnimationFrame(check)
          }),
        { hash, content: tab.content },
      ),
    )
  }
  return percentile(samples, 0.5)
}

/**
 * From the participant list, switches to the attendance view (as its button does) and times, in
 * the page, until the frame that shows its first row has been drawn. Median of a few opens.
 */
async function attendanceContent(opened: Opened): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < OPENS; i += 1) {
    // Leave the tab first: going to the same address again is no navigation, and the grid the
    // last round opened would still be on screen instead of the list.
    await opened.page.goto(opened.url('overview'))
    await opened.page.goto(opened.url('participants'))
    await opened.page.locator('[data-testid="participant-row"]').first().waitFor({ timeout: 180_000 })
    const button = opened.page.getByTestId('participants-views').getByText('Attendance', { exact: true })
    await button.waitFor()
    const handle = await button.elementHandle()
    samples.push(
      await opened.page.evaluate(
        (button) =>
          new Promise<number>((resolve) => {
            const start = performance.now()
            const check = () => {
              if (document.querySelector('[data-testid="attendance-row"]')) setTimeout(() => resolve(performance.now() - start), 0)
              else requestAnimationFrame(check)
            }
            ;(button as HTMLElement).click()
            requestAnimationFrame(check)
          }),
        handle,
      ),
    )
  }
  return percentile(samples, 0.5)
}

/**
 * The `count` figures instrument() recorded, once they are all in; refuses a run in which a
 * keystroke was counted more or less than once (a second set of listeners, a lost keystroke).
 */
async function figures(page: Page, count: number): Promise<number[]> {
  await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, count, { timeout: 300_000 })
  // A figure counted twice would arrive a task later.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))))
  const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
  if (lat.length !== count) throw new Error(`${lat.length} figures for ${count} keystrokes`)
  return lat
}

/** Ticks with Space down the day-1 boxes (an arrow key between ticks), per tick: keydown to the frame that shows it. */
async function ticks(page: Page, count: number): Promise<number[]> {
  await page.locator('input[data-row="0"][data-col="0"]').focus()
  await instrument(page)
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Space', { delay: 10 })
    await page.keyboard.press('ArrowDown', { delay: 10 })
  }
  return figures(page, count)
}

/** Keydown (its timestamp) to the task after the frame that shows the character, per keystroke. */
async function keystrokes(page: Page, selector: string): Promise<number[]> {
  const field = page.locator(selector).first()
  await field.click()
  await field.press('End')
  await page.keyboard.type('x', { delay: 25 })
  await instrument(page)
  await page.keyboard.type(` ${TYPED}`, { delay: 25 })
  return figures(page, TYPED.length + 1)
}

/** Times every tab and the two keystroke scenarios on one training. */
async function measureSize(size: TrainingSize): Promise<Map<string, number>> {
  const opened = await openSized(size)
  const figures = new Map<string, number>()
  try {
    const note = (name: string, ms: number) => {
      figures.set(name, ms)
      console.log(`  ${size.participants} participants: ${name} ${ms.toFixed(0)} ms`)
    }
    for (const tab of TABS) note(`tab ${tab.name}`, await firstContent(opened, tab))
    note('tab attendance', await attendanceContent(opened))
    note('keystroke attendance tick', percentile(await ticks(opened.page, TYPED.length), 0.95))
    await opened.page.goto(opened.url('actionPlans'))
    await opened.page.locator('[data-testid="plan-activity"]').first().waitFor({ timeout: 180_000 })
    note('keystroke action-plan cell', percentile(await keystrokes(opened.page, '[data-testid="plan-activity"]'), 0.95))
    await opened.page.goto(opened.url('participants'))
    await opened.page.locator('[data-testid="participant-row"]').first().waitFor({ timeout: 180_000 })
    note('keystroke participant search', percentile(await keystrokes(opened.page, '[data-testid="participants-search"]'), 0.95))
    if (opened.harness.errors().length > 0) throw new Error(`The page reported errors: ${opened.harness.errors().join('; ')}`)
    return figures
  } finally {
    await opened.harness.dispose()
  }
}

/**
 * Time to first content of the long tabs and keystroke p95 in their busiest fields, in
 * Chromium against the production build, with a training of the ten-times size and
 * with a tenth of it as the baseline (both restored at start through the journal).
 */
export async function runLargeTablesBench(): Promise<LargeTablesRow[]> {
  const baseline = await measureSize(ONE_TIME)
  const large = await measureSize(TEN_TIMES)
  return [...large.keys()].map((scenario) => {
    const goalMs = scenario.startsWith('tab') ? LARGE_GOALS.firstContentMs : LARGE_GOALS.keystrokeP95Ms
    const largeMs = large.get(scenario) ?? Infinity
    const base = baseline.get(scenario) ?? NaN
    const label = scenario.startsWith('tab') ? `${scenario}: first content (median)` : `${scenario}: p95`
    return { scenario: label, baselineMs: base, largeMs, goalMs, met: largeMs <= goalMs }
  })
}

/** The figures as a plain-text table. */
export function formatLargeTables(rows: readonly LargeTablesRow[], title: string): string {
  return [
    title,
    `${'scenario'.padEnd(56)} ${'1x ms'.padStart(9)} ${'10x ms'.padStart(9)} ${'goal ms'.padStart(8)}  result`,
    ...rows.map(
      (r) =>
        `${r.scenario.padEnd(56)} ${r.baselineMs.toFixed(0).padStart(9)} ${r.largeMs.toFixed(0).padStart(9)} ${String(r.goalMs).padStart(8)}  ${r.met ? 'met' : 'NOT met'}`,
    ),
  ].join('\n')
}
