import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { epochAtMinute } from '../shared/agenda/timeOfDay'
import { addDays, localDateOf } from '../shared/agenda/trainingDays'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

const WIB = 420
const TODAY = localDateOf(Date.now(), WIB)
/** 10:15 at the venue today: the browser's clock is set here, so the times on screen are known. */
const TEN_FIFTEEN = epochAtMinute(TODAY, 10 * 60 + 15, WIB)

/** Run mode of the seeded 3-day training starting on `startDate`, with the page's clock at 10:15 WIB today. */
async function runMode(startDate: string): Promise<{ page: Page; trainingId: string }> {
  harness = await createAppHarness()
  const seed = seedTraining({ startDate })
  await harness.server.journal.append(seed.changes)
  const { page } = await harness.open()
  await page.clock.install({ time: TEN_FIFTEEN })
  await page.goto(`${harness.server.url}/#/trainings/${seed.trainingId}/run`)
  await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
  await page.getByTestId('run-current-title').waitFor()
  return { page, trainingId: seed.trainingId }
}

/** Every "N min" / "N mnt" the run screen shows, as numbers. */
async function minutesShown(page: Page): Promise<number[]> {
  const text = await page.getByTestId('run-tab').innerText()
  return [...text.matchAll(/(\d+)\s*(?:min|mnt)\b/g)].map((m) => Number(m[1]))
}

describe('run mode on another date than the training (a rehearsal)', () => {
  for (const [when, startDate] of [
    ['in the past', addDays(TODAY, -400)],
    ['in the future', addDays(TODAY, 30)],
  ] as const) {
    it(`rehearses day 1 of a training dated ${when}: says so, and measures delays against the day's plan`, async () => {
      const { page } = await runMode(startDate)
      // The plan starts at 08:30; at 10:15 the first session is expected now, 105 minutes late.
      await page.getByTestId('run-current').filter({ hasText: 'Expected 10:15–' }).waitFor()
      await page.getByTestId('run-behind').filter({ hasText: '105 min behind' }).waitFor()
      for (const n of await minutesShown(page)) expect(n).toBeLessThanOrEqual(24 * 60)

      const note = page.getByTestId('run-rehearsal')
      await note.filter({ hasText: 'Rehearsal.' }).filter({ hasText: 'is not a day of this training' }).waitFor()
      await expect.poll(() => note.innerText()).toContain('as if today were that day')

      // Starting and finishing records the rehearsal on that day's clock.
      await page.getByTestId('run-start').click()
      await page.getByTestId('run-current').filter({ hasText: 'Started 10:15' }).waitFor()
      await page.getByTestId('run-finish').click()
      await page.getByTestId('run-timeline-row').first().filter({ hasText: '10:15–10:15' }).waitFor()
      for (const n of await minutesShown(page)) expect(n).toBeLessThanOrEqual(24 * 60)
      await screenshot(page, `run-rehearsal-${when === 'in the past' ? 'past' : 'future'}-en`)
      // The note takes its room from the cockpit: the window still needs no scrolling.
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768)

      await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
      await note.filter({ hasText: 'Gladi.' }).filter({ hasText: 'bukan hari pelatihan ini' }).waitFor()
      await page
        .getByTestId('run-behind')
        .filter({ hasText: /Terlambat \d+ mnt/ })
        .waitFor()
      for (const n of await minutesShown(page)) expect(n).toBeLessThanOrEqual(24 * 60)
      await screenshot(page, `run-rehearsal-${when === 'in the past' ? 'past' : 'future'}-id`)
    })
  }

  it('still fits a 1366x768 window with a rehearsal note and several problems noted', async () => {
    const { page } = await runMode(addDays(TODAY, 30))
    await page.getByTestId('run-rehearsal').filter({ hasText: 'Rehearsal.' }).waitFor()
    await page.getByTestId('run-start').click()
    await page.locator('[data-testid="run-current"][data-state="running"]').waitFor()
    const problems = [
      'Proyektor tidak terbaca laptop',
      'Peserta dari Wonosari datang terlambat satu jam karena hujan',
      'Listrik padam sepuluh menit',
      'Dua peserta harus pulang lebih awal',
    ]
    for (const [i, problem] of problems.entries()) {
      await page.locator('body').press('h')
      await page.getByTestId('run-problem-text').fill(problem)
      await page.getByTestId('run-problem-solution').fill('Dilanjutkan dengan kertas plano')
      await page.getByTestId('run-problem-solution').press('Control+Enter')
      await page
        .getByTestId('run-problems-count')
        .filter({ hasText: String(i + 1) })
        .waitFor()
    }
    // The entry closed again: its list takes no room from the cockpit.
    await page.getByTestId('run-problem-text').waitFor({ state: 'detached' })
    await screenshot(page, 'run-rehearsal-problems-en')
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768)
    for (const id of ['run-finish', 'run-notes', 'run-problem-open', 'run-timeline']) {
      const box = await page.getByTestId(id).boundingBox()
      expect((box?.y ?? 0) + Math.min(box?.height ?? 0, 40), id).toBeLessThanOrEqual(768)
    }
    // The day's problems are a click away, on the count.
    await page.getByTestId('run-problems-count').click()
    const list = page.getByTestId('run-problem-list')
    await list.filter({ hasText: problems[1] }).waitFor()
    await expect.poll(() => list.innerText()).toMatch(/10:1\d · Listrik padam sepuluh menit → Dilanjutkan dengan kertas plano/)
    await screenshot(page, 'run-rehearsal-problem-list-en')
    await page.getByTestId('run-problems-count').click()
    await expect.poll(() => list.isVisible()).toBe(false)
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768)
  })

  it('on a training day, running another day of it is a rehearsal too, and today needs no note', async () => {
    const { page } = await runMode(TODAY)
    await page.getByTestId('run-current').filter({ hasText: 'Expected 10:15–' }).waitFor()
    await expect.poll(() => page.getByTestId('run-rehearsal').count()).toBe(0)
    await page.getByTestId('run-day').click()
    await page.getByRole('option', { name: /^Day 2 · / }).click()
    await page.getByTestId('run-rehearsal').filter({ hasText: 'Today is day 1 of this training, not day 2.' }).waitFor()
    for (const n of await minutesShown(page)) expect(n).toBeLessThanOrEqual(24 * 60)
  })
})

describe('the activity timer belongs to its session', () => {
  it('stops when its session finishes: no timer in the next session nor on the projector, also after a reload; undo brings it back', async () => {
    const { page, trainingId } = await runMode(TODAY)
    const projector = await page.context().newPage()
    await projector.clock.install({ time: TEN_FIFTEEN })
    await projector.goto(`${(harness as AppHarness).server.url}/#/projector/${trainingId}`)
    // The trainer's page in front, as on the laptop (a background tab gets no animation frames).
    await page.bringToFront()

    await page.getByTestId('run-start').click()
    await page.locator('[data-testid="run-current"][data-state="running"]').waitFor()
    const first = await page.getByTestId('run-current-title').innerText()
    await page.getByTestId('timer-pick-5').click()
    await page.locator('[data-testid="run-timer"][data-phase="running"]').waitFor()
    await projector.locator('[data-testid="pj-timer"][data-phase="running"]').waitFor()

    await page.getByTestId('run-finish').click()
    await page.getByTestId('run-current-title').filter({ hasNotText: first }).waitFor()
    await page.locator('[data-testid="run-timer"][data-phase="idle"]').waitFor()
    await projector.getByTestId('pj-timer').waitFor({ state: 'detached' })

    // Undo of the finish brings back the session and its timer, on both screens.
    await page.locator('.mantine-Notification-root').filter({ hasText: 'finished.' }).getByRole('button', { name: 'Undo' }).click()
    await page.getByTestId('run-current-title').filter({ hasText: first }).waitFor()
    await page.locator('[data-testid="run-timer"]:not([data-phase="idle"])').waitFor()
    await projector.getByTestId('pj-timer').waitFor()

    // Finish again, and an hour later, after a reload, the next session still has no timer.
    await page.getByTestId('run-finish').click()
    await page.getByTestId('run-current-title').filter({ hasNotText: first }).waitFor()
    await page.clock.fastForward('01:15:00')
    await projector.clock.fastForward('01:15:00')
    await page.reload()
    await page.getByTestId('run-current-title').filter({ hasNotText: first }).waitFor()
    await page.locator('[data-testid="run-timer"][data-phase="idle"]').waitFor()
    await projector.reload()
    await projector.getByTestId('projector').waitFor()
    await expect.poll(() => projector.getByTestId('pj-timer').count()).toBe(0)
    await screenshot(projector, 'projector-after-finish-en')

    // A timer started in the next session runs there.
    await page.getByTestId('run-start').click()
    await page.getByTestId('timer-pick-10').click()
    await page.locator('[data-testid="run-timer"][data-phase="running"]').waitFor()
    await projector.locator('[data-testid="pj-timer"][data-phase="running"]').waitFor()
    await projector.close()
  })
})
