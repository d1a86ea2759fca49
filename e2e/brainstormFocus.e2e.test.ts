import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import { BOARD_CARDS, BOARD_CLUSTERS, boardUrl, firstWorkingSession, LAPTOP_SIZES, roundRows } from './__fixtures__/brainstormRound'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, waitForSavedAfter, type AppHarness } from './appHarness'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

const CLUSTERS = BOARD_CLUSTERS
// Cards per column: 12 unsorted, then the six clusters.
const SPLIT = [12, 6, 5, 4, 4, 3, 2]
const CARDS = BOARD_CARDS
// A round of 40 cards in 5 clusters, its unsorted column the fullest (18).
const SPLIT_40 = [18, 8, 6, 4, 2, 2]
// After one card typed into unsorted.
const GROWN = [(SPLIT[0] ?? 0) + 1, ...SPLIT.slice(1)]
const SIZES = LAPTOP_SIZES

/**
 * A seeded training whose first session of day 1 holds a round of 36 cards (12 unsorted and 24
 * in 6 clusters), and a second round of 40 cards in 5 clusters (SPLIT_40).
 */
function seedBoard() {
  const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
  const session = firstWorkingSession(seed)
  const first = roundRows(seed, session, {
    id: 'round-focus',
    question: 'Masalah apa yang dihadapi pekerja rumahan?',
    order: 1,
    clusters: CLUSTERS,
    split: SPLIT,
    cards: CARDS,
    card: (i) => ({ votes: i % 7 === 0 ? 3 : 0, author: i % 5 === 0 ? 'Bu Siti' : '', group: i % 5 === 0 ? 'Kelompok Malang' : '' }),
  })
  const second = roundRows(seed, session, {
    id: 'round-40',
    question: 'Apa yang dibutuhkan agar pekerja rumahan bisa berorganisasi?',
    order: 2,
    clusters: CLUSTERS.slice(0, SPLIT_40.length - 1),
    split: SPLIT_40,
    cards: CARDS,
    card: (i) => ({ votes: i % 9 === 0 ? 2 : 0, author: i % 4 === 0 ? 'Pak Budi' : '', group: i % 4 === 0 ? 'Kelompok Melati' : '' }),
  })
  return {
    url: boardUrl(seed.trainingId, session.id, first.round.id),
    url40: boardUrl(seed.trainingId, session.id, second.round.id),
    changes: [...seed.changes, ...first.changes, ...second.changes],
  }
}

interface Fit {
  area: { width: number; height: number }
  /** Per column: its card count, whether its list scrolls, and the cards not wholly inside the window and the list's visible area. */
  columns: { cards: number; scrolls: boolean; hidden: string[] }[]
  fontPx: number
}

/** Where every card of the board lies, against the window and against its column's visible list. */
async function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const area = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }
    const columns = [...document.querySelectorAll<HTMLElement>('[data-testid="bs-column"]')].map((column) => {
      const list = column.querySelector<HTMLElement>('.bs-scroll')
      const view = (list ?? column).getBoundingClientRect()
      const cards = [...column.querySelectorAll<HTMLElement>('[data-testid="bs-card"]')]
      const hidden = cards
        .filter((card) => {
          const r = card.getBoundingClientRect()
          const inWindow = r.left >= 0 && r.top >= 0 && r.right <= area.width + 0.5 && r.bottom <= area.height + 0.5
          const inList =
            r.top >= view.top - 0.5 && r.bottom <= view.bottom + 0.5 && r.left >= view.left - 0.5 && r.right <= view.right + 0.5
          return !inWindow || !inList
        })
        .map((card) => card.innerText)
      return {
        cards: cards.length,
        scrolls: list ? list.scrollHeight > list.clientHeight + 1 || list.scrollWidth > list.clientWidth + 1 : false,
        hidden,
      }
    })
    const text = document.querySelector('[data-testid="bs-card-text"]')
    return { area, columns, fontPx: text ? parseFloat(getComputedStyle(text).fontSize) : 0 }
  })
}

/** Every card in view at once: no column scrolls, each card inside the window and its column, in type of 12 px at least. */
async function expectAllCardsInView(page: Page, split: number[], label: string): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="bs-columns"]')?.getAttribute('data-fitted') === 'true')
  // The columns settle once the header has stepped aside: poll until nothing scrolls, then look closely.
  await expect
    .poll(async () => (await measure(page)).columns.map((c) => ({ scrolls: c.scrolls, hidden: c.hidden })), { timeout: 5_000 })
    .toEqual(split.map(() => ({ scrolls: false, hidden: [] })))
  const fit = await measure(page)
  console.info(
    `focus board ${label}: card font ${fit.fontPx}px, cards per column`,
    fit.columns.map((c) => c.cards),
  )
  expect(fit.columns.map((c) => c.cards)).toEqual(split)
  fit.columns.forEach((c, i) => {
    expect(c.scrolls, `column ${i} scrolls`).toBe(false)
    expect(c.hidden, `column ${i}: cards out of view`).toEqual([])
  })
  expect(fit.fontPx).toBeGreaterThanOrEqual(12)
}

async function expectSaveStatusVisible(page: Page): Promise<void> {
  const status = page.locator('[data-testid="save-status"]:visible')
  await expect.poll(() => status.count()).toBe(1)
  const box = await status.boundingBox()
  const area = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }))
  expect(
    box && box.y >= 0 && box.x >= 0 && box.x + box.width <= area.width && box.y + box.height <= area.height,
    `save status at ${JSON.stringify(box)}`,
  ).toBe(true)
}

describe('the focus board: every card of a big round in view on a laptop screen', () => {
  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`
    it(`shows 36 cards in 6 clusters without a scrolling column at ${name}, keeps typing and saving visible, and survives a reload`, async () => {
      harness = await createAppHarness()
      const board = seedBoard()
      await harness.server.journal.append(board.changes)
      const { page } = await harness.open()
      await page.setViewportSize(size)
      await page.goto(`${harness.server.url}${board.url}`)
      await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
      await page.getByTestId('bs-count').filter({ hasText: '36 cards' }).waitFor()
      const runTab = page.getByRole('tab', { name: 'Run' })
      await runTab.waitFor()

      // The shortcut help lists the focus board.
      await page.keyboard.press('?')
      await page.getByTestId('run-shortcut-help').getByText('Focus board: hide the app header and the tabs').waitFor()
      await screenshot(page, `run-shortcut-help-${name}`)
      await page.keyboard.press('Escape')
      await page.getByTestId('run-shortcut-help').waitFor({ state: 'detached' })

      // Into focus mode by the keyboard: the header, the title and the tabs give their room to the columns.
      await page.keyboard.press('Control+Shift+F')
      await runTab.waitFor({ state: 'hidden' })
      await expect.poll(() => page.getByTestId('workspace-title').isVisible()).toBe(false)
      await expect.poll(() => page.getByTestId('run-focus').getAttribute('aria-pressed')).toBe('true')
      await expectAllCardsInView(page, SPLIT, name)
      await expectSaveStatusVisible(page)
      await screenshot(page, `brainstorm-focus-${name}`)

      // A new card is typed as before; it appears, is saved, and the board still shows every card.
      const since = Date.now()
      const input = page.getByTestId('bs-card-input')
      await input.click()
      await input.pressSequentially('Kartu baru saat fokus')
      await input.press('Enter')
      await page.getByTestId('bs-card-text').filter({ hasText: 'Kartu baru saat fokus' }).waitFor()
      await page.getByTestId('bs-count').filter({ hasText: '37 cards' }).waitFor()
      await expect.poll(() => input.inputValue()).toBe('')
      await waitForSavedAfter(page, since)
      await expectSaveStatusVisible(page)
      await expectAllCardsInView(page, GROWN, `${name} after a new card`)

      // A reload keeps the mode.
      await page.reload()
      await page.getByTestId('bs-count').filter({ hasText: '37 cards' }).waitFor()
      await expect.poll(() => page.getByTestId('run-focus').getAttribute('aria-pressed')).toBe('true')
      await expect.poll(() => runTab.isVisible()).toBe(false)
      await expectAllCardsInView(page, GROWN, `${name} after a reload`)

      // Escape (outside a text field) leaves it: the tabs are back.
      await page.getByTestId('bs-columns').click({ position: { x: 2, y: 2 } })
      await page.keyboard.press('Escape')
      await runTab.waitFor()
      await expect.poll(() => page.getByTestId('run-focus').getAttribute('aria-pressed')).toBe('false')

      // The shortcut also works from the card field, types nothing there and leaves the focus in it.
      await input.click()
      await page.keyboard.press('Control+Shift+F')
      await runTab.waitFor({ state: 'hidden' })
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true)
      await expect.poll(() => input.inputValue()).toBe('')
      await page.keyboard.press('Control+Shift+F')
      await runTab.waitFor()

      // In Bahasa Indonesia, by the button this time.
      await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
      await page.getByTestId('bs-column-name').filter({ hasText: 'Belum dikelompokkan' }).waitFor()
      await page.getByTestId('run-focus').click()
      await page.getByRole('tab', { name: 'Jalankan' }).waitFor({ state: 'hidden' })
      await expectAllCardsInView(page, GROWN, `${name} in Bahasa Indonesia`)
      await expectSaveStatusVisible(page)
      for (const id of ['bs-card-input', 'bs-new-cluster', 'bs-ranked-open', 'bs-projector-mode', 'bs-sort-votes', 'run-focus']) {
        const box = await page.getByTestId(id).boundingBox()
        expect(
          box && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height,
          `${id} at ${JSON.stringify(box)}`,
        ).toBe(true)
      }
      await screenshot(page, `brainstorm-focus-id-${name}`)

      // A fuller round, 40 cards with 18 unsorted: the fullest column widens and lays its cards in two lists.
      await page.goto(`${harness.server.url}${board.url40}`)
      await page.getByTestId('bs-count').filter({ hasText: '40 kartu' }).waitFor()
      await expectAllCardsInView(page, SPLIT_40, `${name}, 40 cards`)
      await screenshot(page, `brainstorm-focus-40-${name}`)

      await page.getByTestId('run-focus').click()
      await page.getByRole('tab', { name: 'Jalankan' }).waitFor()
    })
  }
})
