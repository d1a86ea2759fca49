import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import type { DiscussionGroup } from '../shared/model/discussionGroup'
import { BOARD_CARDS, BOARD_CLUSTERS, boardUrl, firstWorkingSession, LAPTOP_SIZES, put, roundRows } from './__fixtures__/brainstormRound'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, type AppHarness } from './appHarness'
import { screenshot, SCREENSHOT_DIR } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

const CLUSTERS = BOARD_CLUSTERS.slice(0, 5)
// Cards per column: 12 unsorted, then the five clusters.
const SPLIT = [12, 6, 4, 4, 2, 2]
const CARDS = BOARD_CARDS.slice(0, 30)
const VOTES: Record<string, number> = {
  'Upah di bawah UMK': 6,
  'Tidak ada kontrak tertulis': 4,
  'Belum ada serikat di desa': 4,
  'Perda belum ada': 2,
  'Jam kerja sampai malam': 1,
}
const GROUP = 'Kelompok Anyelir'
const SIZES = LAPTOP_SIZES

/** A seeded training whose first session of day 1 holds a round of 30 cards in 5 clusters, and one discussion group. */
function seedBoard() {
  const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
  const session = firstWorkingSession(seed)
  const { round, changes } = roundRows(seed, session, {
    id: 'round-fit',
    question: 'Masalah apa yang dihadapi pekerja rumahan?',
    order: 1,
    clusters: CLUSTERS,
    split: SPLIT,
    cards: CARDS,
    card: (i, text) => ({ votes: VOTES[text] ?? 0, author: i % 5 === 0 ? 'Bu Siti' : '', group: i % 5 === 0 ? 'Kelompok Malang' : '' }),
  })
  const now = Date.now()
  const group: DiscussionGroup = {
    trainingId: seed.trainingId,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    id: 'group-fit',
    sessionId: session.id,
    name: GROUP,
    question: 'Apa tantangan mengorganisir pekerja rumahan?',
    memberIds: [],
    reporterId: null,
    outputPoints: ['Upah di bawah UMK'],
    outputText: 'Catatan diskusi',
    order: 1,
  }
  return {
    trainingId: seed.trainingId,
    url: boardUrl(seed.trainingId, session.id, round.id),
    changes: [...seed.changes, ...changes, put('groups', group)],
  }
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The box of every element matched, and whether its own content is cut (clamped or scrolled). */
async function boxes(locator: Locator): Promise<{ text: string; box: Box; cut: boolean }[]> {
  return locator.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return {
        text: (el as HTMLElement).innerText,
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
      }
    }),
  )
}

async function viewport(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }))
}

function inside(box: Box, area: { width: number; height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= area.width + 0.5 && box.y + box.height <= area.height + 0.5
}

describe('the brainstorm board and the projector on a laptop screen', () => {
  for (const size of SIZES) {
    const name = `${size.width}x${size.height}`
    it(`shows 30 cards in 5 clusters readably at ${name}, on the board and on the projector (all cards, ranking, a group)`, async () => {
      harness = await createAppHarness()
      const board = seedBoard()
      await harness.server.journal.append(board.changes)
      const { page } = await harness.open()
      await page.setViewportSize(size)
      await page.goto(`${harness.server.url}${board.url}`)
      await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
      await page.getByTestId('bs-count').filter({ hasText: '30 cards' }).waitFor()
      await expect.poll(() => page.getByTestId('bs-column').count()).toBe(6)
      await screenshot(page, `brainstorm-board-${name}`)

      // Every column lies within the window's width, its whole name and its count readable at once.
      const area = await viewport(page)
      const columns = await boxes(page.getByTestId('bs-column'))
      for (const c of columns) expect(inside(c.box, area), `column at ${JSON.stringify(c.box)} in ${JSON.stringify(area)}`).toBe(true)
      const names = await boxes(page.getByTestId('bs-column-name'))
      expect(names.map((n) => n.text)).toEqual(['Unsorted', ...CLUSTERS])
      for (const n of names) {
        expect(n.cut, `${n.text} is cut`).toBe(false)
        expect(inside(n.box, area), `${n.text} at ${JSON.stringify(n.box)}`).toBe(true)
      }
      const counts = await boxes(page.getByTestId('bs-column-count'))
      expect(counts.map((c) => c.text)).toEqual(SPLIT.map(String))
      for (const c of counts) expect(inside(c.box, area)).toBe(true)
      // A column shows every one of its cards, unless it already reaches down to the window's bottom (then it scrolls on its own).
      const columnCards = await page.getByTestId('bs-column').evaluateAll((els) =>
        els.map((el) => ({
          bottom: el.getBoundingClientRect().bottom,
          cards: [...el.querySelectorAll('[data-testid="bs-card"]')]
            .map((c) => c.getBoundingClientRect())
            .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
        })),
      )
      const fullyShown = columnCards.map((c) => c.cards.filter((box) => inside(box, area) && box.y + box.height <= c.bottom).length)
      columnCards.forEach((c, i) => {
        if (fullyShown[i] !== SPLIT[i])
          expect(c.bottom, `column ${i} shows ${fullyShown[i]} of ${SPLIT[i]} cards`).toBeGreaterThan(area.height - 24)
      })
      console.info(`board ${name}: cards fully in view per column`, fullyShown, 'of', SPLIT)
      // A compact card shows its edit tools when the pointer is on it.
      const first = page.getByTestId('bs-card').first()
      await first.hover()
      await expect.poll(() => first.locator('.bs-card-tools').evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/brainstorm-card-hover-${name}.png`,
        clip: { x: 0, y: 380, width: size.width / 2, height: size.height - 380 },
      })

      // The projector, a second window of the same size: every card at once, in type the room can read.
      await page.getByTestId('bs-projector-mode').getByText('All cards').click()
      const projector = await page.context().newPage()
      await projector.setViewportSize(size)
      await projector.goto(`${harness.server.url}/#/projector/${board.trainingId}`)
      await projector.getByTestId('pj-all').waitFor()
      await expect.poll(() => projector.getByTestId('pj-card').count()).toBe(30)
      await projector.waitForFunction(() => document.querySelector('[data-testid="pj-all"]')?.getAttribute('data-fitted') === 'true')
      const pjArea = await viewport(projector)
      const pjCards = await boxes(projector.getByTestId('pj-card'))
      expect(pjCards.map((c) => c.text.replace(/\s*●+$/, '')).sort()).toEqual([...CARDS].sort())
      for (const c of pjCards) {
        expect(inside(c.box, pjArea), `${c.text} at ${JSON.stringify(c.box)}`).toBe(true)
        expect(c.cut, `${c.text} is cut`).toBe(false)
      }
      await expect
        .poll(() =>
          projector
            .getByTestId('pj-card')
            .first()
            .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
        )
        .toBeGreaterThanOrEqual(16)
      const pjNames = await boxes(projector.getByTestId('pj-column-name'))
      expect(pjNames.map((n) => n.text)).toEqual([`Unsorted ${SPLIT[0]}`, ...CLUSTERS.map((c, i) => `${c} ${SPLIT[i + 1]}`)])
      for (const n of pjNames) expect(inside(n.box, pjArea)).toBe(true)
      await screenshot(projector, `projector-all-${name}`)

      // The ranking: the trainer puts it up from the ranked result.
      await page.getByTestId('bs-ranked-open').click()
      await page.getByTestId('bs-ranked-project').click()
      await projector.getByTestId('pj-ranked').waitFor()
      await projector.waitForFunction(() => document.querySelector('[data-testid="pj-ranked"]')?.getAttribute('data-fitted') === 'true')
      const rows = await boxes(projector.getByTestId('pj-ranked-row'))
      expect(rows.map((r) => r.text.replace(/\s+/g, ' ').trim())).toEqual([
        '1. Upah di bawah UMK Pengakuan dan perlindungan hukum 6 votes',
        '2. Tidak ada kontrak tertulis 4 votes',
        '2. Belum ada serikat di desa Upah dan cara pembayaran 4 votes',
        '4. Perda belum ada Kesehatan dan keselamatan kerja 2 votes',
        '5. Jam kerja sampai malam 1 vote',
      ])
      for (const r of rows) expect(inside(r.box, pjArea), `${r.text} at ${JSON.stringify(r.box)}`).toBe(true)
      await expect.poll(() => page.getByTestId('bs-projector-mode').locator('input:checked').inputValue()).toBe('ranked')
      await screenshot(projector, `projector-ranked-${name}`)
      await page.keyboard.press('Escape')

      // A group's output: its name once.
      await page.goto(`${harness.server.url}/#/trainings/${board.trainingId}/capture`)
      await page.getByRole('tab', { name: 'Groups' }).click()
      await page.getByTestId('group-project').click()
      await projector.getByTestId('pj-group').getByText('Catatan diskusi').waitFor()
      await expect.poll(async () => (await projector.locator('body').innerText()).split(GROUP).length - 1).toBe(1)
      await screenshot(projector, `projector-group-${name}`)
      await projector.close()

      // In Bahasa Indonesia (longer words) the board's tools and headers still fit.
      await page.goto(`${harness.server.url}${board.url}`)
      await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
      await page.getByTestId('bs-column-name').filter({ hasText: 'Belum dikelompokkan' }).waitFor()
      for (const id of ['bs-projector-mode', 'bs-sort-votes', 'bs-ranked-open', 'bs-new-cluster', 'bs-card-input']) {
        const [tool] = await boxes(page.getByTestId(id))
        expect(tool && inside(tool.box, area), `${id} at ${JSON.stringify(tool?.box)}`).toBe(true)
      }
      for (const n of await boxes(page.getByTestId('bs-column-name'))) expect(n.cut || !inside(n.box, area), `${n.text} is cut`).toBe(false)
      await screenshot(page, `brainstorm-board-id-${name}`)
    })
  }
})
