import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppHarness, createTrainingViaUi, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  // A Content-Security-Policy violation or an uncaught error is a bug even when the screen looks right.
  expect(errors).toEqual([])
})

const day = (page: Page, n: number): Locator => page.locator(`[data-testid="agenda-day"][data-day="${n}"]`)
const card = (page: Page, n: number, title: string): Locator =>
  day(page, n)
    .getByTestId('session-card')
    .filter({ has: page.getByTestId('session-title').getByText(title, { exact: true }) })
const titles = (page: Page, n: number): Promise<string[]> => day(page, n).getByTestId('session-title').allTextContents()

async function addMember(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add team member' }).first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await page.getByTestId('team-member').filter({ hasText: name }).waitFor()
}

/** Drags with the mouse the way a user does: press, nudge past the activation distance, glide, release. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  const targetDay = await to.evaluate((el) => el.closest('[data-testid="agenda-day"]')?.getAttribute('data-day'))
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (!a || !b) throw new Error('nothing to drag')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 })
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 3, { steps: 25 })
  // The card's place (the gap it leaves while dragged) has moved to the target's day.
  await page.locator(`[data-testid="agenda-day"][data-day="${targetDay}"] .agenda-card-dragging`).waitFor()
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 3 - 2, { steps: 2 })
  await page.mouse.up()
}

/** No sideways scrolling anywhere, and exactly these day columns shown, each inside the viewport. */
async function expectDaysFit(page: Page, days: number[]): Promise<void> {
  const layout = () =>
    page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement
      const boards = [...document.querySelectorAll<HTMLElement>('[data-testid="agenda-board"]')]
      const columns = [...document.querySelectorAll<HTMLElement>('[data-testid="agenda-day"]')].map((el) => {
        const box = el.getBoundingClientRect()
        return { day: Number(el.dataset['day']), inside: box.left >= 0 && box.right <= root.clientWidth && box.width >= 200 }
      })
      return {
        pageScrolls: root.scrollWidth > root.clientWidth,
        boardScrolls: boards.some((b) => b.scrollWidth > b.clientWidth),
        days: columns.map((c) => c.day),
        allInside: columns.every((c) => c.inside),
      }
    })
  await expect.poll(layout).toEqual({ pageScrolls: false, boardScrolls: false, days, allInside: true })
}

async function openEditor(page: Page, target: Locator): Promise<Locator> {
  await target.getByTestId('session-title').click()
  const editor = page.getByRole('dialog')
  await editor.getByTestId('editor-title').waitFor()
  return editor
}

/** Closes the editor (which flushes what was typed); the caller then waits for the card to show it. */
async function closeEditor(page: Page, editor: Locator): Promise<void> {
  await editor.getByTestId('editor-done').click()
  await editor.waitFor({ state: 'hidden' })
  await page.getByTestId('save-status').and(page.locator('[data-state="saved"]')).waitFor()
}

describe('building an agenda in Chromium', () => {
  it('builds from a template, drags, moves by keyboard, pins, flags overruns, survives a reload and copies', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Mobilisasi Sumber Daya OMS', '2026-12-01')

    await page.getByRole('tab', { name: 'Team' }).click()
    await addMember(page, 'Hamid Abidin')
    await addMember(page, 'Sri Wahyuni')

    await page.getByRole('tab', { name: 'Agenda' }).click()
    await page.getByTestId('agenda-empty').waitFor()
    await expect.poll(() => page.getByTestId('agenda-day').count()).toBe(3)
    await expect.poll(() => page.getByTestId('template-choice').count()).toBe(4)
    await screenshot(page, 'agenda-templates-en')
    await page.getByRole('button', { name: 'Use: Public training, 3 days, 4 modules' }).click()
    await card(page, 1, 'Opening').waitFor()
    await expect.poll(() => page.getByTestId('agenda-empty').count()).toBe(0)
    await expect
      .poll(async () => (await titles(page, 1)).slice(0, 3))
      .toEqual(['Opening', 'Getting to know each other', 'Expectations and learning contract'])
    await expect.poll(() => card(page, 1, 'Opening').getByTestId('session-time').textContent()).toBe('08:30–09:00')
    await expect.poll(() => card(page, 1, 'Lunch').getByTestId('session-pin').textContent()).toContain('12:00')
    await expect.poll(() => day(page, 1).getByTestId('day-warning').count()).toBe(0)

    // Mouse: the introductions go from day 1 to the start of day 2.
    const before = Date.now()
    await drag(page, card(page, 1, 'Getting to know each other'), card(page, 2, 'Recap of the previous day'))
    await card(page, 2, 'Getting to know each other').waitFor()
    await waitForSavedAfter(page, before)
    await expect.poll(() => titles(page, 1)).not.toContain('Getting to know each other')
    await expect
      .poll(async () => {
        const shown = await titles(page, 2)
        return shown.indexOf('Getting to know each other') < shown.indexOf('Lunch')
      })
      .toBe(true)
    // Day 1 starts its learning contract earlier; day 2's pinned lunch now overlaps its morning.
    await expect
      .poll(() => card(page, 1, 'Expectations and learning contract').getByTestId('session-time').textContent())
      .toBe('09:00–09:30')
    await expect.poll(() => day(page, 2).getByTestId('day-warning').textContent()).toContain('pinned time overlaps')
    await card(page, 2, 'Lunch').getByTestId('session-conflict').waitFor()

    // Keyboard: the learning contract goes to day 2 (Alt+Right), then one place up (Alt+Up).
    const contract = card(page, 1, 'Expectations and learning contract')
    await contract.focus()
    await page.keyboard.press('Alt+ArrowRight')
    await card(page, 2, 'Expectations and learning contract').waitFor()
    await expect.poll(() => page.getByTestId('agenda-announcement').textContent()).toContain('moved to day 2')
    const placed = (await titles(page, 2)).indexOf('Expectations and learning contract')
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'session-card')
    await page.keyboard.press('Alt+ArrowUp')
    await page.waitForFunction(
      (index) =>
        [...document.querySelectorAll('[data-day="2"] [data-testid="session-title"]')][index]?.textContent ===
        'Expectations and learning contract',
      placed - 1,
    )
    await expect.poll(() => page.getByTestId('agenda-announcement').textContent()).toContain(`position ${placed}`)

    // Lunch on day 1: remove the pin (it flows up), then pin it again at 12:00.
    let editor = await openEditor(page, card(page, 1, 'Lunch'))
    await editor.getByRole('button', { name: 'Remove the pinned time' }).click()
    await closeEditor(page, editor)
    await expect.poll(() => card(page, 1, 'Lunch').getByTestId('session-pin').count()).toBe(0)
    await expect.poll(() => card(page, 1, 'Lunch').getByTestId('session-time').textContent()).not.toMatch(/^12:00/)
    editor = await openEditor(page, card(page, 1, 'Lunch'))
    await editor.getByTestId('editor-pinned').fill('12:00')
    await closeEditor(page, editor)
    await expect.poll(() => card(page, 1, 'Lunch').getByTestId('session-time').textContent()).toBe('12:00–13:00')
    await card(page, 1, 'Lunch').getByTestId('session-pin').waitFor()

    // Facilitators from the team on the opening.
    editor = await openEditor(page, card(page, 1, 'Opening'))
    await editor.getByTestId('editor-facilitators').click()
    await page.getByRole('option', { name: 'Hamid Abidin' }).click()
    await page.getByRole('option', { name: 'Sri Wahyuni' }).click()
    await editor.getByTestId('editor-objectives').click()
    await editor.getByTestId('editor-objectives').fill('Participants know why they are here.')
    await screenshot(page, 'agenda-editor-en')
    await closeEditor(page, editor)
    await expect.poll(() => card(page, 1, 'Opening').getByTestId('session-facilitators').textContent()).toBe('Hamid Abidin, Sri Wahyuni')

    // A long field visit at the end of day 3 makes the day overrun.
    await day(page, 3).getByTestId('quick-add').fill('Field visit to a volunteer centre')
    await page.keyboard.press('Enter')
    await card(page, 3, 'Field visit to a volunteer centre').waitFor()
    editor = await openEditor(page, card(page, 3, 'Field visit to a volunteer centre'))
    await editor.getByTestId('editor-duration').fill('240')
    await editor.getByTestId('editor-method').click()
    await page.getByRole('option', { name: 'Group discussion / group work' }).click()
    await closeEditor(page, editor)
    await card(page, 3, 'Field visit to a volunteer centre').getByTestId('session-overrun').waitFor()
    await expect.poll(() => day(page, 3).getByTestId('day-warning').textContent()).toContain('after 17:00')
    await screenshot(page, 'agenda-en')

    // Everything is still there after a reload.
    await page.reload()
    await card(page, 1, 'Opening').waitFor()
    await expect.poll(() => titles(page, 2)).toContain('Getting to know each other')
    await expect.poll(() => titles(page, 2)).toContain('Expectations and learning contract')
    await expect.poll(() => card(page, 1, 'Lunch').getByTestId('session-time').textContent()).toBe('12:00–13:00')
    await expect.poll(() => card(page, 1, 'Opening').getByTestId('session-facilitators').textContent()).toBe('Hamid Abidin, Sri Wahyuni')
    await expect
      .poll(() => card(page, 3, 'Field visit to a volunteer centre').getByTestId('session-method').textContent())
      .toBe('Group discussion / group work')
    await card(page, 3, 'Field visit to a volunteer centre').getByTestId('session-overrun').waitFor()
    const dayTitles = [await titles(page, 1), await titles(page, 2), await titles(page, 3)]

    // Save as template: it is then offered with the built-ins.
    await page.getByRole('button', { name: 'Save as template' }).click()
    await page.getByTestId('template-name').fill('Our volunteer training')
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
    await page.getByText('Template “Our volunteer training” saved.').waitFor()
    await page.getByRole('button', { name: 'Apply template' }).click()
    await page.getByRole('button', { name: 'Use: Our volunteer training' }).waitFor()
    await page.getByRole('button', { name: 'Use: Our volunteer training' }).click()
    await page.getByTestId('apply-append').waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('apply-append').waitFor({ state: 'hidden' })

    // Copy the training from the list: same agenda and team, new title.
    await page.getByRole('link', { name: 'Trainings' }).click()
    await page.getByRole('button', { name: 'Actions for Mobilisasi Sumber Daya OMS' }).click()
    await page.getByRole('menuitem', { name: 'Copy this training' }).click()
    await page.getByTestId('workspace-title').filter({ hasText: 'Mobilisasi Sumber Daya OMS (copy)' }).waitFor()
    await page.getByRole('tab', { name: 'Agenda' }).click()
    await card(page, 1, 'Opening').waitFor()
    expect([await titles(page, 1), await titles(page, 2), await titles(page, 3)]).toEqual(dayTitles)
    await expect.poll(() => card(page, 1, 'Opening').getByTestId('session-facilitators').textContent()).toBe('Hamid Abidin, Sri Wahyuni')

    // The same screens in Bahasa Indonesia.
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await card(page, 1, 'Opening').getByText('Pembukaan', { exact: true }).waitFor()
    await expect.poll(() => day(page, 1).getByTestId('day-title').textContent()).toContain('Hari 1')
    await screenshot(page, 'agenda-id')
    editor = await openEditor(page, card(page, 1, 'Opening'))
    await editor.getByText('Jam mulai dikunci').waitFor()
    await screenshot(page, 'agenda-editor-id')
    await editor.getByTestId('editor-done').click()
    await editor.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Pakai templat' }).click()
    await page.getByRole('button', { name: 'Pakai: Pelatihan publik, 3 hari, 4 modul' }).waitFor()
    await screenshot(page, 'agenda-templates-id')
  })

  it('fits five days on a 1366 px screen and keeps typing in the editor', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Lokakarya lima hari')
    await page.getByTestId('overview-days').fill('5')
    await page.getByRole('tab', { name: 'Agenda' }).click()
    await page.getByRole('button', { name: 'Use: Blank agenda' }).click()
    await card(page, 5, 'Closing').waitFor()
    await expectDaysFit(page, [1, 2, 3, 4, 5])
    await screenshot(page, 'agenda-wide-en')

    const editor = await openEditor(page, card(page, 1, 'Opening'))
    await editor.getByTestId('editor-title').fill('')
    await editor.getByText('Give the session a title.').waitFor()
    await editor.getByTestId('editor-title').fill('Pembukaan dan sambutan')
    await editor.getByTestId('editor-duration').fill('45')
    await closeEditor(page, editor)
    await expect.poll(() => card(page, 1, 'Pembukaan dan sambutan').getByTestId('session-time').textContent()).toBe('08:30–09:15')

    // Delete with undo.
    await card(page, 1, 'Pembukaan dan sambutan')
      .getByRole('button', { name: /^Actions for/ })
      .click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    await page.getByText('Session “Pembukaan dan sambutan” deleted.').waitFor()
    await expect.poll(() => card(page, 1, 'Pembukaan dan sambutan').count()).toBe(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await card(page, 1, 'Pembukaan dan sambutan').waitFor()

    // Shortened to three days: the sessions of days 4 and 5 wait after the last day, not lost.
    await page.getByRole('tab', { name: 'Overview' }).click()
    await page.getByTestId('overview-days').fill('3')
    await page.getByRole('tab', { name: 'Agenda' }).click()
    const orphans = page.getByTestId('agenda-orphans')
    await orphans.waitFor()
    await expect.poll(() => page.getByTestId('agenda-day').count()).toBe(3)
    await expect.poll(() => orphans.getByTestId('session-card').count()).toBe(7)
    await orphans.getByTestId('session-card').filter({ hasText: 'Closing' }).focus()
    await page.keyboard.press('Alt+ArrowLeft')
    await card(page, 3, 'Closing').waitFor()
    await expect.poll(() => orphans.getByTestId('session-card').count()).toBe(6)
    await screenshot(page, 'agenda-orphans-en')
  })

  it('adds sessions where the trainer works, reads breaks from their titles, keeps a method of their own, and picks days past five', async () => {
    harness = await createAppHarness()
    const { page } = await harness.open()
    await page.getByTestId('empty-trainings').waitFor()
    await createTrainingViaUi(page, 'Pengorganisasian pekerja rumahan')
    await page.getByTestId('overview-days').fill('5')
    await page.getByRole('tab', { name: 'Agenda' }).click()
    await page.getByRole('button', { name: 'Use: Blank agenda' }).click()
    await card(page, 5, 'Closing').waitFor()
    await expectDaysFit(page, [1, 2, 3, 4, 5])

    // The recap of day 2 is selected: what is typed goes right after it, not after the evaluation.
    await card(page, 2, 'Recap of the previous day').focus()
    await expect.poll(() => day(page, 2).getByTestId('quick-add-place').textContent()).toContain('Goes after “Recap of the previous day”')
    await day(page, 2).getByTestId('quick-add').fill('Rehat kopi')
    await page.keyboard.press('Enter')
    await card(page, 2, 'Rehat kopi').waitFor()
    await expect.poll(() => titles(page, 2)).toEqual(['Recap of the previous day', 'Rehat kopi', 'Lunch', 'Daily evaluation'])
    await expect.poll(() => card(page, 2, 'Rehat kopi').getByTestId('session-method').textContent()).toBe('Break')
    await expect.poll(() => card(page, 2, 'Rehat kopi').getByTestId('session-time').textContent()).toBe('08:45–09:00')
    // The next one follows the one just added: a morning typed in sequence, no dragging.
    await day(page, 2).getByTestId('quick-add').fill('Ice breaking: pohon harapan')
    await page.keyboard.press('Enter')
    await day(page, 2).getByTestId('quick-add').fill('Akuarium diskusi')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => titles(page, 2))
      .toEqual(['Recap of the previous day', 'Rehat kopi', 'Ice breaking: pohon harapan', 'Akuarium diskusi', 'Lunch', 'Daily evaluation'])
    await expect
      .poll(() => card(page, 2, 'Ice breaking: pohon harapan').getByTestId('session-method').textContent())
      .toBe('Ice breaker / energiser')
    await expect.poll(() => card(page, 2, 'Ice breaking: pohon harapan').getByTestId('session-time').textContent()).toBe('09:00–09:15')

    // From a card's menu: add after the evaluation of day 3.
    await card(page, 3, 'Daily evaluation')
      .getByRole('button', { name: /^Actions for/ })
      .click()
    await page.getByRole('menuitem', { name: 'Add a session after this' }).click()
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            `${document.activeElement?.getAttribute('data-testid')} ${document.activeElement?.closest('[data-day]')?.getAttribute('data-day')}`,
        ),
      )
      .toBe('quick-add 3')
    await expect.poll(() => day(page, 3).getByTestId('quick-add-place').textContent()).toContain('Goes after “Daily evaluation”')
    await page.keyboard.type('Ishoma')
    await page.keyboard.press('Enter')
    await expect.poll(() => titles(page, 3)).toEqual(['Recap of the previous day', 'Lunch', 'Daily evaluation', 'Ishoma'])
    await expect.poll(() => card(page, 3, 'Ishoma').getByTestId('session-method').textContent()).toBe('Meal break')

    // A method of the trainer's own, typed in the editor.
    const editor = await openEditor(page, card(page, 2, 'Akuarium diskusi'))
    await editor.getByTestId('editor-method').click()
    await page.getByRole('option', { name: 'Other (type your own)' }).click()
    await editor.getByTestId('editor-method-text').fill('Fishbowl')
    await screenshot(page, 'agenda-editor-own-method-en')
    await closeEditor(page, editor)
    await expect.poll(() => card(page, 2, 'Akuarium diskusi').getByTestId('session-method').textContent()).toBe('Fishbowl')
    await screenshot(page, 'agenda-five-days-en')

    await page.reload()
    await card(page, 2, 'Akuarium diskusi').waitFor()
    await expect.poll(() => card(page, 2, 'Akuarium diskusi').getByTestId('session-method').textContent()).toBe('Fishbowl')
    await expect.poll(() => card(page, 2, 'Rehat kopi').getByTestId('session-time').textContent()).toBe('08:45–09:00')
    const reopened = await openEditor(page, card(page, 2, 'Akuarium diskusi'))
    await expect.poll(() => reopened.getByTestId('editor-method-text').inputValue()).toBe('Fishbowl')
    await reopened.getByTestId('editor-done').click()
    await reopened.waitFor({ state: 'hidden' })

    // The same five days in Bahasa Indonesia: the catalog's labels, the typed method as typed.
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await expect.poll(() => card(page, 2, 'Rehat kopi').getByTestId('session-method').textContent()).toBe('Rehat')
    await expect
      .poll(() => card(page, 2, 'Ice breaking: pohon harapan').getByTestId('session-method').textContent())
      .toBe('Ice breaking / penyegar')
    await expect.poll(() => card(page, 2, 'Akuarium diskusi').getByTestId('session-method').textContent()).toBe('Fishbowl')
    await expectDaysFit(page, [1, 2, 3, 4, 5])
    await screenshot(page, 'agenda-five-days-id')
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click()

    // Seven days do not fit side by side: a day picker brings the last ones into view.
    await page.getByRole('tab', { name: 'Overview' }).click()
    await page.getByTestId('overview-days').fill('7')
    await page.getByRole('tab', { name: 'Agenda' }).click()
    await page.getByTestId('agenda-day-picker').waitFor()
    await expectDaysFit(page, [1, 2, 3, 4, 5])
    await page.getByTestId('day-pick').and(page.locator('[data-day="7"]')).click()
    await expectDaysFit(page, [3, 4, 5, 6, 7])
    await expect.poll(() => page.getByTestId('day-pick').and(page.locator('[aria-pressed="true"]')).count()).toBe(5)
    await screenshot(page, 'agenda-day-picker-en')
    // A card moved by keyboard to a day out of view brings that day into view, still focused.
    await card(page, 3, 'Ishoma').focus()
    await page.keyboard.press('Alt+ArrowLeft')
    await card(page, 2, 'Ishoma').waitFor()
    await expectDaysFit(page, [2, 3, 4, 5, 6])
    await page.waitForFunction(
      () =>
        document.activeElement?.getAttribute('data-testid') === 'session-card' &&
        document.activeElement.closest('[data-day]')?.getAttribute('data-day') === '2',
    )
  })
})
