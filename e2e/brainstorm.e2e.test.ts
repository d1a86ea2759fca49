import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import { BOARD_CARDS } from './__fixtures__/brainstormRound'
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

const CARDS = BOARD_CARDS.slice(0, 30)

async function openBoard(): Promise<{ page: Page; trainingId: string; url: string }> {
  harness = await createAppHarness()
  const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
  await harness.server.journal.append(seed.changes)
  const { page } = await harness.open()
  await page.goto(`${harness.server.url}/#/trainings/${seed.trainingId}/run?view=board`)
  await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
  await page.getByTestId('bs-new-round').click()
  await page.getByTestId('bs-round-question-new').fill('Masalah apa yang dihadapi pekerja rumahan?')
  await page.getByTestId('bs-round-create').click()
  await page.getByTestId('bs-card-input').waitFor()
  return { page, trainingId: seed.trainingId, url: page.url() }
}

async function newCluster(page: Page, name: string): Promise<void> {
  await page.getByTestId('bs-new-cluster').click()
  await page.getByTestId('bs-cluster-name').fill(name)
  await page.getByTestId('bs-cluster-name').press('Enter')
  await page.getByTestId('bs-column-name').filter({ hasText: name }).waitFor()
}

/** Scrolls the (virtualised) columns until a card is rendered, and returns it. */
async function reveal(page: Page, text: string) {
  const card = page.getByTestId('bs-card').filter({ hasText: text })
  if ((await card.count()) === 0) await page.locator('.bs-scroll').evaluateAll((els) => els.forEach((el) => el.scrollTo(0, 0)))
  for (let i = 0; i < 60 && (await card.count()) === 0; i += 1) {
    await page.locator('.bs-scroll').evaluateAll((els) => els.forEach((el) => el.scrollBy(0, 150)))
  }
  await card.scrollIntoViewIfNeeded()
  return card
}

function column(page: Page, name: string) {
  return page.getByTestId('bs-column').filter({ has: page.getByTestId('bs-column-name').filter({ hasText: name }) })
}

describe('brainstorm capture in Chromium', () => {
  it('captures 30 cards as fast as typed, clusters them, votes, and keeps everything after a reload', async () => {
    const { page } = await openBoard()
    const input = page.getByTestId('bs-card-input')
    await input.click()
    for (const [i, card] of CARDS.entries()) {
      if (i === 0) {
        await page.getByTestId('bs-card-author').fill('Bu Siti')
        await page.getByTestId('bs-card-group').fill('Kelompok Malang')
        await input.click()
      }
      await page.keyboard.type(card)
      await page.keyboard.press('Enter')
    }
    // The input kept the focus the whole time and is empty again.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('bs-card-input')
    await page.getByTestId('bs-count').filter({ hasText: '30 cards' }).waitFor()
    await expect.poll(() => column(page, 'Unsorted').getByTestId('bs-column-count').innerText()).toBe('30')
    await expect.poll(() => page.getByTestId('bs-card').first().innerText()).toContain('Bu Siti · Kelompok Malang')

    await newCluster(page, 'Upah')
    await newCluster(page, 'K3')
    await newCluster(page, 'Organisasi')

    // Drag a card onto a cluster with the mouse.
    const card = page.getByTestId('bs-card').filter({ hasText: 'Upah per potong sangat rendah' })
    const target = column(page, 'Upah')
    const from = await card.boundingBox()
    const to = await target.boundingBox()
    if (!from || !to) throw new Error('no boxes')
    await page.mouse.move(from.x + 20, from.y + 10)
    await page.mouse.down()
    await page.mouse.move(from.x + 40, from.y + 20, { steps: 4 })
    await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 10 })
    await page.mouse.up()
    await column(page, 'Upah').getByTestId('bs-card').filter({ hasText: 'Upah per potong sangat rendah' }).waitFor()

    // And by keyboard: focus a card, press the cluster's number.
    const byKey: [string, string][] = [
      ['Upah di bawah UMK', '1'],
      ['Tidak ada slip pembayaran', '1'],
      ['Debu lem dan bahan kimia', '2'],
      ['Sakit punggung karena duduk lama', '2'],
      ['Belum ada serikat di desa', '3'],
    ]
    for (const [text, key] of byKey) {
      await (await reveal(page, text)).focus()
      await page.keyboard.press(key)
      await page
        .getByTestId('bs-column')
        .filter({ has: page.getByTestId('bs-card').filter({ hasText: text }) })
        .filter({ hasNot: page.getByTestId('bs-column-name').filter({ hasText: 'Unsorted' }) })
        .waitFor()
    }
    await expect.poll(() => column(page, 'Upah').getByTestId('bs-column-count').innerText()).toBe('3')
    await expect.poll(() => column(page, 'K3').getByTestId('bs-column-count').innerText()).toBe('2')

    // Rename and reorder a cluster.
    await column(page, 'Organisasi').getByTestId('bs-cluster-menu').click()
    await page.getByTestId('bs-cluster-rename').click()
    await page.getByTestId('bs-cluster-rename-input').fill('Berorganisasi')
    await page.getByTestId('bs-cluster-rename-input').press('Enter')
    await column(page, 'Berorganisasi').getByTestId('bs-cluster-menu').click()
    await page.getByTestId('bs-cluster-left').click()
    await expect.poll(() => page.getByTestId('bs-column-name').allInnerTexts()).toEqual(['Unsorted', 'Upah', 'Berorganisasi', 'K3'])

    // Dot votes: 3 with the mouse, 2 with the keyboard, one taken back.
    const wage = await reveal(page, 'Upah di bawah UMK')
    for (let i = 0; i < 3; i += 1) await wage.getByTestId('bs-card-vote-up').click()
    await wage.getByTestId('bs-card-votes').filter({ hasText: '3' }).waitFor()
    const contract = await reveal(page, 'Tidak ada kontrak tertulis')
    await contract.focus()
    await page.keyboard.press('+')
    await contract.getByTestId('bs-card-votes').filter({ hasText: '1' }).waitFor()
    await page.keyboard.press('+')
    await contract.getByTestId('bs-card-votes').filter({ hasText: '2' }).waitFor()
    await page.keyboard.press('+')
    await contract.getByTestId('bs-card-votes').filter({ hasText: '3' }).waitFor()
    await page.keyboard.press('-')
    await contract.getByTestId('bs-card-votes').filter({ hasText: '2' }).waitFor()

    // Edit in place, delete with undo.
    await (await reveal(page, 'Perda belum ada')).focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('bs-card-edit').fill('Perda perlindungan pekerja rumahan belum ada')
    await page.keyboard.press('Enter')
    await reveal(page, 'Perda perlindungan pekerja rumahan belum ada')
    await (await reveal(page, 'Order hanya musiman')).focus()
    await page.keyboard.press('Delete')
    await page.getByTestId('bs-count').filter({ hasText: '29 cards' }).waitFor()
    await page.getByTestId('bs-undo').click()
    await page.getByTestId('bs-count').filter({ hasText: '30 cards' }).waitFor()

    // Sort by votes and the ranked result.
    await page.locator('.bs-scroll').evaluateAll((els) => els.forEach((el) => el.scrollTo(0, 0)))
    await page.getByTestId('bs-sort-votes').click()
    await expect.poll(() => column(page, 'Unsorted').getByTestId('bs-card-text').first().innerText()).toBe('Tidak ada kontrak tertulis')
    await page.getByTestId('bs-ranked-open').click()
    await page.getByTestId('bs-ranked-row').nth(1).waitFor()
    await expect
      .poll(() => page.getByTestId('bs-ranked').innerText())
      .toMatch(/1\.\s+Upah di bawah UMK\s+Upah\s+3 votes\s+2\.\s+Tidak ada kontrak tertulis\s+2 votes/i)
    await page.keyboard.press('Escape')
    await screenshot(page, 'brainstorm-board-en')

    await page.reload()
    await page.getByTestId('bs-count').filter({ hasText: '30 cards' }).waitFor()
    await expect.poll(() => page.getByTestId('bs-column-name').allInnerTexts()).toEqual(['Unsorted', 'Upah', 'Berorganisasi', 'K3'])
    await expect.poll(() => column(page, 'Upah').getByTestId('bs-column-count').innerText()).toBe('3')
    await expect.poll(async () => (await reveal(page, 'Upah di bawah UMK')).getByTestId('bs-card-votes').innerText()).toBe('3')
    await expect.poll(() => page.getByTestId('bs-round-question').inputValue()).toBe('Masalah apa yang dihadapi pekerja rumahan?')
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByText('Belum dikelompokkan').first().waitFor()
    await screenshot(page, 'brainstorm-board-id')
  })

  it('counts every "+" pressed at key-repeat speed and every quick click, also after a reload', async () => {
    const { page } = await openBoard()
    const input = page.getByTestId('bs-card-input')
    const added = Date.now()
    await input.fill('Upah di bawah UMK')
    await input.press('Enter')
    await waitForSavedAfter(page, added)
    const card = page.getByTestId('bs-card').filter({ hasText: 'Upah di bawah UMK' })
    const votes = card.getByTestId('bs-card-votes')

    // A held key repeats about every 33 ms: fifteen "+" at that pace, none waiting for the screen.
    await card.focus()
    const since = Date.now()
    await page.keyboard.type('+'.repeat(15), { delay: 33 })
    await expect.poll(() => votes.innerText(), { timeout: 10_000 }).toBe('15')
    // Ten clicks on the card's "+" as fast as the mouse goes.
    const plus = await card.getByTestId('bs-card-vote-up').boundingBox()
    if (!plus) throw new Error('no + button')
    for (let i = 0; i < 10; i += 1) await page.mouse.click(plus.x + plus.width / 2, plus.y + plus.height / 2)
    await expect.poll(() => votes.innerText(), { timeout: 10_000 }).toBe('25')
    await waitForSavedAfter(page, since)
    await screenshot(page, 'brainstorm-rapid-votes-en')

    await page.reload()
    await expect
      .poll(() => page.getByTestId('bs-card').filter({ hasText: 'Upah di bawah UMK' }).getByTestId('bs-card-votes').innerText(), {
        timeout: 10_000,
      })
      .toBe('25')
  })

  it('shows a new card, a vote and a cluster on the projector page without a reload', async () => {
    const { page, trainingId } = await openBoard()
    const input = page.getByTestId('bs-card-input')
    await input.fill('Upah rendah')
    await input.press('Enter')
    await page.getByTestId('bs-count').filter({ hasText: '1 card' }).waitFor()

    // The projector: a second page of the same browser, as the desktop's second window.
    const projector = await page.context().newPage()
    await projector.setViewportSize({ width: 1280, height: 720 })
    await projector.goto(`${(harness as AppHarness).server.url}/#/projector/${trainingId}`)
    await projector.getByTestId('pj-question').filter({ hasText: 'Masalah apa yang dihadapi pekerja rumahan?' }).waitFor()
    await projector.getByTestId('pj-card').filter({ hasText: 'Upah rendah' }).waitFor()
    await expect.poll(() => projector.locator('.app-header').count()).toBe(0)

    await input.fill('Tidak ada kontrak')
    await input.press('Enter')
    await projector.getByTestId('pj-card').filter({ hasText: 'Tidak ada kontrak' }).waitFor({ timeout: 5000 })
    await page.getByTestId('bs-card').filter({ hasText: 'Upah rendah' }).getByTestId('bs-card-vote-up').click()
    await projector.getByTestId('pj-card').filter({ hasText: 'Upah rendah' }).filter({ hasText: '●' }).waitFor({ timeout: 5000 })
    await newCluster(page, 'Upah')
    await page.getByTestId('bs-card').filter({ hasText: 'Upah rendah' }).focus()
    await page.keyboard.press('1')
    await projector
      .getByTestId('pj-column')
      .filter({ hasText: 'Upah' })
      .filter({ has: projector.getByTestId('pj-card').filter({ hasText: 'Upah rendah' }) })
      .waitFor({ timeout: 5000 })

    // The timer follows too.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('3')
    await projector.locator('[data-testid="pj-timer"][data-phase="running"]').waitFor({ timeout: 5000 })
    await screenshot(projector, 'projector-en')

    // Following the trainer: back to the cockpit, the projector shows the session without the old board question.
    await page.getByTestId('run-view').getByText('Session', { exact: true }).click()
    await projector.getByTestId('pj-session-title').waitFor()
    await projector.close()
    await page.getByTestId('run-current-title').waitFor()
  })
})
