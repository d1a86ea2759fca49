import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import { firstWorkingSession, roundRows } from './__fixtures__/brainstormRound'
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

const QUESTION = 'Apa yang membuat upah pekerja rumahan rendah?'
const NEW_CARD = 'Perantara memotong upah tanpa penjelasan'
const EDITED = 'Perantara memotong upah per potong tanpa penjelasan'
const SIZE = 2000

/** The projector's card with exactly this text. */
function projectorCard(projector: Page, text: string) {
  return projector.getByTestId('pj-card').filter({ has: projector.locator('.pj-card-text').getByText(text, { exact: true }) })
}

/** The trainer's card in the unsorted column (the seeded cards are all in clusters). */
function trainerCard(page: Page, text: string) {
  return page.getByTestId('bs-card').filter({ has: page.getByTestId('bs-card-text').getByText(text, { exact: true }) })
}

async function saved(page: Page, act: () => Promise<void>): Promise<void> {
  const since = Date.now()
  await act()
  await waitForSavedAfter(page, since)
}

describe('the projector on a board of 2,000 cards', () => {
  it('shows a card the trainer adds, edits, votes on and deletes, before and after the projector reloads', async () => {
    harness = await createAppHarness()
    const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
    const session = firstWorkingSession(seed)
    const round = roundRows(seed, session, {
      id: 'round-big',
      question: QUESTION,
      order: 1,
      clusters: ['Upah', 'Kontrak'],
      split: [0, SIZE / 2, SIZE / 2],
      cards: Array.from({ length: SIZE }, (_, i) => `Kartu lama nomor ${i + 1}`),
      card: (i) => ({ votes: i % 4, author: '', group: `Kelompok ${(i % 5) + 1}` }),
    })
    await harness.server.journal.append([...seed.changes, ...round.changes])
    const { page } = await harness.launch()
    await page.goto(`${harness.server.url}/#/trainings/${seed.trainingId}/run?view=board&session=${session.id}&round=round-big`)
    await page
      .getByTestId('bs-count')
      .filter({ hasText: `${SIZE} cards` })
      .waitFor({ timeout: 60_000 })

    const projector = await page.context().newPage()
    await projector.goto(`${harness.server.url}/#/projector/${seed.trainingId}`)
    await projector.getByTestId('pj-question').filter({ hasText: QUESTION }).waitFor({ timeout: 30_000 })
    // The clusters' columns show their counts; their cards are virtualised, not 2,000 nodes.
    await expect.poll(() => projector.locator('.pj-column-count').allInnerTexts()).toEqual([String(SIZE / 2), String(SIZE / 2)])
    await expect.poll(() => projector.getByTestId('pj-card').count()).toBeLessThan(200)

    // Added: the unsorted column appears on the projector with the new card.
    await saved(page, async () => {
      await page.getByTestId('bs-card-input').fill(NEW_CARD)
      await page.getByTestId('bs-card-input').press('Enter')
    })
    await projectorCard(projector, NEW_CARD).waitFor({ timeout: 5_000 })
    await expect.poll(() => projector.locator('.pj-column-count').allInnerTexts()).toEqual(['1', String(SIZE / 2), String(SIZE / 2)])

    // Edited in place on the trainer's board.
    await saved(page, async () => {
      await trainerCard(page, NEW_CARD).focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('bs-card-edit').fill(EDITED)
      await page.keyboard.press('Enter')
    })
    await projectorCard(projector, EDITED).waitFor({ timeout: 5_000 })
    await expect.poll(() => projectorCard(projector, NEW_CARD).count()).toBe(0)

    // The projector reloads (the window was closed and opened again): it reads the round again.
    await projector.reload()
    await projector.getByTestId('pj-question').filter({ hasText: QUESTION }).waitFor({ timeout: 30_000 })
    await projectorCard(projector, EDITED).waitFor({ timeout: 5_000 })

    // After the reload it still follows: two dot votes, then the card deleted.
    for (const votes of [1, 2]) {
      await saved(page, async () => {
        await trainerCard(page, EDITED).focus()
        await page.keyboard.press('+')
        await trainerCard(page, EDITED)
          .getByTestId('bs-card-votes')
          .filter({ hasText: String(votes) })
          .waitFor()
      })
      await expect
        .poll(() => projectorCard(projector, EDITED).locator('.pj-card-votes').textContent({ timeout: 5_000 }))
        .toBe('●'.repeat(votes))
    }
    await screenshot(projector, 'projector-large-board-en')
    await saved(page, async () => {
      await trainerCard(page, EDITED).focus()
      await page.keyboard.press('Delete')
      await page
        .getByTestId('bs-count')
        .filter({ hasText: `${SIZE} cards` })
        .waitFor()
    })
    await expect.poll(() => projectorCard(projector, EDITED).count(), { timeout: 5_000 }).toBe(0)
    await expect.poll(() => projector.locator('.pj-column-count').allInnerTexts()).toEqual([String(SIZE / 2), String(SIZE / 2)])

    // A card the trainer adds while the projector is reloading is there once it is back.
    await projector.reload()
    await saved(page, async () => {
      await page.getByTestId('bs-card-input').fill(NEW_CARD)
      await page.getByTestId('bs-card-input').press('Enter')
    })
    await projector.getByTestId('pj-question').filter({ hasText: QUESTION }).waitFor({ timeout: 30_000 })
    await projectorCard(projector, NEW_CARD).waitFor({ timeout: 5_000 })
    await expect.poll(() => projectorCard(projector, EDITED).count()).toBe(0)
  })
})
