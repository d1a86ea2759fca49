import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import type { RunningBrowser } from './browser'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

/**
 * The seeded training starts today at the venue (WIB), so run mode opens on day 1. In a page of the
 * shared Chromium, or with `ownBrowser` in a Chromium process of its own, which the test may kill.
 */
async function seededApp(): Promise<{ page: Page; trainingId: string; runUrl: string }>
async function seededApp(ownBrowser: 'own browser'): Promise<{ page: Page; trainingId: string; runUrl: string; browser: RunningBrowser }>
async function seededApp(
  ownBrowser?: 'own browser',
): Promise<{ page: Page; trainingId: string; runUrl: string; browser?: RunningBrowser }> {
  harness = await createAppHarness()
  const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
  await harness.server.journal.append(seed.changes)
  const browser = ownBrowser ? await harness.launch() : undefined
  const { page } = browser ?? (await harness.open())
  const runUrl = `${harness.server.url}/#/trainings/${seed.trainingId}/run`
  await page.goto(runUrl)
  await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
  await page.getByTestId('run-current-title').waitFor()
  return { page, trainingId: seed.trainingId, runUrl, browser }
}

async function timerText(page: Page, testId = 'run-timer'): Promise<string> {
  return page.getByTestId(testId).innerText()
}

describe('run mode in Chromium', () => {
  it('runs a session from start to finish with a timer, notes and corrected times, at laptop size', async () => {
    const { page } = await seededApp()
    await expect.poll(() => page.getByTestId('run-day').inputValue()).toMatch(/^Day 1 · /)
    const first = 'Pembukaan'
    await expect.poll(() => page.getByTestId('run-current-title').innerText()).toBe(first)

    // Start with the keyboard shortcut, then a 5-minute quick pick.
    await page.keyboard.press('s')
    await page.locator('[data-testid="run-current"][data-state="running"]').waitFor()
    await page.getByTestId('timer-pick-5').click()
    await page.locator('[data-testid="run-timer"][data-phase="running"]').waitFor()
    await expect.poll(() => timerText(page)).toMatch(/^0[45]:\d\d$/)

    // Pause ('p'), reload: the same paused time is back.
    await page.keyboard.press('p')
    await page.locator('[data-testid="run-timer"][data-phase="paused"]').waitFor()
    const paused = await timerText(page)
    await page.reload()
    await page.locator('[data-testid="run-timer"][data-phase="paused"]').waitFor()
    await expect.poll(() => timerText(page)).toBe(paused)
    await page.getByTestId('timer-extend-1').click()
    await page
      .getByTestId('run-timer')
      .filter({ hasText: /^0[56]:\d\d$/ })
      .waitFor()
    await page.getByTestId('timer-toggle').click()
    await page.locator('[data-testid="run-timer"][data-phase="running"]').waitFor()

    // Process notes are saved as you type and survive a reload.
    const before = Date.now()
    await page.getByTestId('run-notes').fill('Peserta antusias. Bu Siti: "Kami dibayar per potong, tanpa kontrak."')
    await waitForSavedAfter(page, before)

    // The main actions fit a 1366x768 window without scrolling.
    for (const id of ['run-finish', 'run-skip', 'timer-pick-20', 'timer-toggle', 'run-notes', 'run-projector', 'run-timeline']) {
      const box = await page.getByTestId(id).boundingBox()
      expect(box, id).not.toBeNull()
      expect((box?.y ?? 0) + Math.min(box?.height ?? 0, 40), id).toBeLessThanOrEqual(768)
    }
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768)
    await screenshot(page, 'run-cockpit-en')

    // The help overlay lists the shortcuts (Esc leaves the notes first).
    await page.getByTestId('run-notes').press('Escape')
    await page.keyboard.press('?')
    await page.getByTestId('run-shortcut-help').waitFor()
    await expect.poll(() => page.getByTestId('run-shortcut-help').innerText()).toContain('Pause or resume the timer')
    await page.keyboard.press('Escape')
    await page.getByTestId('run-shortcut-help').waitFor({ state: 'detached' })

    // Finish: the next session comes up and the first is done in the timeline.
    await page.getByTestId('run-finish').click()
    await page.getByTestId('run-current-title').filter({ hasNotText: first }).waitFor()
    await page.locator('[data-testid="run-timeline-row"][data-state="done"]').first().waitFor()
    // The end of a session writes a rolling backup through the bridge.
    await expect
      .poll(async () => (await harness?.server.backups.list())?.map((b) => b.reason), { timeout: 15_000 })
      .toContain('session-end')

    // Correct the first session's times; the timeline shows them.
    await page.getByTestId('run-timeline-row').first().getByRole('button', { name: first }).click()
    await page.getByTestId('run-correct').click()
    await page.getByTestId('correct-start').fill('08:30')
    await page.getByTestId('correct-end').fill('09:10')
    await page.getByTestId('correct-save').click()
    await page.getByTestId('run-timeline-row').first().filter({ hasText: '08:30–09:10' }).waitFor()

    await page.reload()
    await page.getByTestId('run-timeline-row').first().filter({ hasText: '08:30–09:10' }).waitFor()
    await expect.poll(() => page.getByTestId('run-notes').inputValue()).toBe('')

    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByText('Alur waktu hari ini').waitFor()
    await screenshot(page, 'run-cockpit-id')
  })

  it('turns the timer red at zero and keeps counting into overtime', async () => {
    const { page } = await seededApp()
    await page.getByRole('button', { name: 'Custom' }).click()
    await page.getByLabel('Minutes').fill('0:03')
    await page.getByLabel('Minutes').press('Enter')
    await page.locator('[data-testid="run-timer"][data-phase="warning"]').waitFor()
    await page.locator('[data-testid="run-timer"][data-phase="overtime"]').waitFor({ timeout: 10_000 })
    await page
      .getByTestId('run-timer')
      .filter({ hasText: /^-00:0\d$/ })
      .waitFor()
    // Muting is remembered.
    await page.getByTestId('timer-mute').click()
    await page.locator('[data-testid="timer-mute"][aria-pressed="true"]').waitFor()
    await page.reload()
    await page.getByTestId('run-timer').waitFor()
    await page.locator('[data-testid="timer-mute"][aria-pressed="true"]').waitFor({ timeout: 5000 })
  })

  it('brings back the running session, the timer and every saved card after the browser is killed', async () => {
    const { page, runUrl, browser } = await seededApp('own browser')
    await page.getByTestId('run-start').click()
    await page.locator('[data-testid="run-current"][data-state="running"]').waitFor()
    const title = await page.getByTestId('run-current-title').innerText()
    await page.getByTestId('timer-pick-20').click()
    await page.locator('[data-testid="run-timer"][data-phase="running"]').waitFor()

    await page.keyboard.press('b')
    await page.getByTestId('bs-new-round').click()
    await page.getByTestId('bs-round-question-new').fill('Apa harapan Anda dari pelatihan ini?')
    await page.getByTestId('bs-round-create').click()
    const input = page.getByTestId('bs-card-input')
    await input.waitFor()
    const cards = ['Paham hak pekerja', 'Bisa mengorganisir', 'Jaringan antar kota', 'Berani bicara']
    for (const card of cards) {
      await input.fill(card)
      await input.press('Enter')
    }
    await page.getByTestId('bs-count').filter({ hasText: '4 cards' }).waitFor()
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor()

    // SIGKILL, like a power cut, then start again on the same profile.
    await browser.kill()
    const second = await (harness as AppHarness).launch()
    await second.page.goto(runUrl)
    await second.page.getByTestId('run-current-title').filter({ hasText: title }).waitFor()
    await second.page.locator('[data-testid="run-current"][data-state="running"]').waitFor()
    await second.page.locator('[data-testid="run-timer"][data-phase="running"]').waitFor()
    await expect.poll(() => timerText(second.page)).toMatch(/^(19|20):\d\d$/)
    await second.page.keyboard.press('b')
    await second.page.getByTestId('bs-count').filter({ hasText: '4 cards' }).waitFor()
    await expect.poll(async () => (await second.page.getByTestId('bs-card-text').allInnerTexts()).sort()).toEqual([...cards].sort())
  })
})
