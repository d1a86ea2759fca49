import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { localDateOf } from '../shared/agenda/trainingDays'
import { send, cookieOf } from '../electron/main/venue/venueTestKit'
import { seedTraining } from './__fixtures__/seedTraining'
import { createAppHarness, type AppHarness } from './appHarness'
import { TEST_VENUE_ADDRESS } from './bridgeServer'
import { screenshot } from './screenshots'

let harness: AppHarness | null = null

afterEach(async () => {
  const errors = harness?.errors() ?? []
  await harness?.dispose()
  harness = null
  expect(errors).toEqual([])
})

/** A simulated phone: plain requests with the cookie /api/join gave, as the phone page sends them. */
function phone(port: number, cookie: string) {
  const host = `${TEST_VENUE_ADDRESS}:${port}`
  const origin = `http://${host}`
  return (item: object) => send(port, 'POST', '/api/items', { address: TEST_VENUE_ADDRESS, host, origin, cookie, body: { item } })
}

async function cardCount(page: Page, text: string): Promise<number> {
  return page.getByTestId('bs-card-text').filter({ hasText: text }).count()
}

describe('the venue link on the trainer’s side, in Chromium', () => {
  it('a phone’s cards and votes reach the trainer’s board and the projector without reload, and a resend writes nothing twice', async () => {
    harness = await createAppHarness()
    const seed = seedTraining({ startDate: localDateOf(Date.now(), 420) })
    await harness.server.journal.append(seed.changes)
    const { page } = await harness.open()
    await page.goto(`${harness.server.url}/#/trainings/${seed.trainingId}/run?view=board`)
    await page.getByTestId('recovery-notice').getByRole('button', { name: 'Close' }).click()
    await page.getByTestId('bs-new-round').click()
    await page.getByTestId('bs-round-question-new').fill('Apa yang membuat relawan bertahan?')
    await page.getByTestId('bs-round-create').click()
    await page.getByTestId('bs-card-input').waitFor()

    // One click turns the link on, on the Wi-Fi address picked by default.
    await page.getByTestId('venue-button').click()
    await expect.poll(() => page.getByTestId('venue-network').inputValue()).toContain(TEST_VENUE_ADDRESS)
    await page.getByTestId('venue-on').click()
    await page.getByTestId('venue-code').waitFor()
    const code = await page.getByTestId('venue-code').innerText()
    const url = await page.getByTestId('venue-url').innerText()
    expect(code).toMatch(/^\d{6}$/)
    expect(url).toBe(`http://${TEST_VENUE_ADDRESS}:${new URL(url).port}`)
    const port = Number(new URL(url).port)
    await page.getByTestId('venue-card-round').click()
    await page.getByRole('option', { name: /Apa yang membuat relawan bertahan/ }).click()
    await page.getByTestId('venue-project-join').click()
    await screenshot(page, 'venue-panel-en')
    await page.keyboard.press('Escape')

    const projector = await page.context().newPage()
    await projector.goto(`${harness.server.url}/#/projector/${seed.trainingId}`)
    await projector.getByTestId('pj-join-code').filter({ hasText: code }).waitFor()

    const joined = await send(port, 'POST', '/api/join', {
      address: TEST_VENUE_ADDRESS,
      host: `${TEST_VENUE_ADDRESS}:${port}`,
      origin: `http://${TEST_VENUE_ADDRESS}:${port}`,
      body: { code },
    })
    expect(joined.status).toBe(200)
    const post = phone(port, cookieOf(joined))
    const roundId = new URL(page.url().replace('/#/', '/')).searchParams.get('round')
    const view = await send(port, 'GET', '/api/view', {
      address: TEST_VENUE_ADDRESS,
      host: `${TEST_VENUE_ADDRESS}:${port}`,
      cookie: cookieOf(joined),
    })
    const round = (view.json as { view: { round: { id: string; acceptsCards: boolean } | null } }).view.round
    expect(round?.acceptsCards).toBe(true)
    if (roundId !== null) expect(round?.id).toBe(roundId)
    const card = {
      kind: 'card',
      itemId: crypto.randomUUID(),
      roundId: round?.id,
      text: '<img src=x onerror=alert(1)> Dihargai',
      group: 'Kelompok 2',
    }
    const first = await post(card)
    expect(first.json).toEqual({ status: 'received' })
    await page.getByTestId('bs-card-text').filter({ hasText: '<img src=x onerror=alert(1)> Dihargai' }).waitFor()
    await projector.getByText('<img src=x onerror=alert(1)> Dihargai').waitFor()
    // Sent again (the phone never saw the answer): received, and still one card.
    expect((await post(card)).json).toEqual({ status: 'received' })
    expect((await post({ ...card, itemId: crypto.randomUUID(), text: 'Ada pelatihan' })).json).toEqual({ status: 'received' })
    await page.getByTestId('bs-card-text').filter({ hasText: 'Ada pelatihan' }).waitFor()
    expect(await cardCount(page, 'Dihargai')).toBe(1)

    // Voting with one dot per person: the second dot is refused.
    await page.getByTestId('venue-button').click()
    await page.getByTestId('venue-voting').click()
    await page.getByTestId('venue-vote-limit').fill('1')
    await page.keyboard.press('Escape')
    await expect
      .poll(async () => {
        const v = await send(port, 'GET', '/api/view', {
          address: TEST_VENUE_ADDRESS,
          host: `${TEST_VENUE_ADDRESS}:${port}`,
          cookie: cookieOf(joined),
        })
        return (v.json as { view: { round: { voting: { limit: number } | null } } }).view.round.voting
      })
      .toEqual({ limit: 1 })
    const v2 = await send(port, 'GET', '/api/view', {
      address: TEST_VENUE_ADDRESS,
      host: `${TEST_VENUE_ADDRESS}:${port}`,
      cookie: cookieOf(joined),
    })
    const cards = (v2.json as { view: { round: { cards: { id: string; text: string }[] } } }).view.round.cards
    const target = cards.find((c) => c.text === 'Ada pelatihan')
    expect(cards.map((c) => c.text).sort()).toEqual(['<img src=x onerror=alert(1)> Dihargai', 'Ada pelatihan'])
    expect((await post({ kind: 'vote', itemId: crypto.randomUUID(), roundId: round?.id, ideaId: target?.id })).json).toEqual({
      status: 'received',
    })
    expect((await post({ kind: 'vote', itemId: crypto.randomUUID(), roundId: round?.id, ideaId: target?.id })).json).toEqual({
      status: 'refused',
      reason: 'vote-limit',
    })
    const votes = page.getByTestId('bs-card').filter({ hasText: 'Ada pelatihan' }).getByTestId('bs-card-votes')
    await expect.poll(() => votes.innerText()).toBe('1')
    await page.bringToFront()
    await screenshot(page, 'venue-board-en')
    await projector.bringToFront()
    await screenshot(projector, 'venue-projector-en')
    await page.bringToFront()

    // The cockpit with the venue button still fits 1366x768.
    await page.getByTestId('run-view').getByText('Session').click()
    await page.getByTestId('run-current-title').waitFor()
    for (const id of ['venue-button', 'run-projector', 'run-notes', 'run-timeline']) {
      const box = await page.getByTestId(id).boundingBox()
      expect(box, id).not.toBeNull()
      expect((box?.y ?? 0) + Math.min(box?.height ?? 0, 40), id).toBeLessThanOrEqual(768)
      expect((box?.x ?? 0) + (box?.width ?? 0), id).toBeLessThanOrEqual(1366)
    }
    await screenshot(page, 'venue-cockpit-en')
  })
})
