import { request } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { CoTrainerView, ParticipantView, RoomState, VenueDelivery } from '../shared/venue/protocol'
import { VENUE_DELIVERY_EVENT_CHANNEL } from '../shared/ipc/contract'
import { RENDERER_DIR } from './appHarness'
import { openSharedPage, type SharedPage } from './browser'
import { startBridgeServer, TEST_VENUE_ADDRESS, type BridgeServer } from './bridgeServer'
import { screenshot } from './screenshots'

const PHONE = { width: 360, height: 640 }

const session = { id: 'session-1', title: 'Analisis masalah desa', day: 1, start: '09:00', end: '10:30' }
const participant: ParticipantView = {
  trainingTitle: 'Pelatihan Fasilitator Desa',
  language: 'id',
  paused: false,
  session,
  round: { id: 'round-1', question: 'Apa masalah utama di desa Anda?', acceptsCards: true, voting: null, cards: [] },
  evaluation: null,
  prePost: null,
}
const coTrainer: CoTrainerView = {
  ...participant,
  day: 1,
  sessions: [session, { id: 'session-2', title: 'Bermain peran: musyawarah dusun', day: 1, start: '11:00', end: '12:00' }],
  board: {
    roundId: 'round-1',
    clusters: [{ id: 'cluster-1', name: 'Air bersih' }],
    cards: [
      { id: 'idea-1', text: 'Sumur kering di musim kemarau', group: 'Kelompok 2', votes: 3, clusterId: 'cluster-1', fromPhone: true },
    ],
  },
  rolePlays: [
    {
      id: 'roleplay-1',
      sessionId: 'session-2',
      title: 'Musyawarah dusun',
      roles: [
        { id: 'role-1', name: 'Kepala dusun' },
        { id: 'role-2', name: 'Warga' },
      ],
    },
  ],
  groups: [],
  participants: [{ id: 'p-1', name: 'Siti Aminah', present: false }],
}
const roomState: RoomState = { participant, coTrainer }

/**
 * Stands in for the trainer's window: listens to main's venue events on the bridge's event
 * stream and keeps every delivery, so the test decides when the laptop answers.
 */
function listenForDeliveries(bridgeUrl: string): { deliveries: VenueDelivery[]; ready: Promise<void>; close(): void } {
  const deliveries: VenueDelivery[] = []
  let opened: () => void = () => undefined
  const ready = new Promise<void>((done) => (opened = done))
  const req = request(`${bridgeUrl}/__bridge-events`, (res) => {
    opened()
    let buffer = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(block)?.[1]
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (event === VENUE_DELIVERY_EVENT_CHANNEL && data) deliveries.push(JSON.parse(data) as VenueDelivery)
        end = buffer.indexOf('\n\n')
      }
    })
  })
  req.on('error', () => undefined)
  req.end()
  return { deliveries, ready, close: () => req.destroy() }
}

/** Console errors other than the failed requests of the offline stretch (a CSP violation would show here). */
const unexpectedErrors = (errors: string[]): string[] => errors.filter((error) => !error.includes('net::ERR_INTERNET_DISCONNECTED'))

/** The phone's list entry of what it sent, by the text shown. */
const sentEntry = (page: Page, text: string) => page.locator('li.sent', { hasText: text })

let bridge: BridgeServer | null = null
let dataFolder: string | null = null
const pages: SharedPage[] = []
let events: { close(): void } | null = null

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close()
  events?.close()
  await bridge?.close()
  if (dataFolder) await rm(dataFolder, { recursive: true, force: true })
  bridge = null
  dataFolder = null
})

describe('the phone page against main’s venue server', () => {
  it('a participant joins by the link, sends a card while offline and sees “received” only after the laptop committed it; a co-trainer pairs and sends an observation', async () => {
    dataFolder = await mkdtemp(join(tmpdir(), 'pelatih-venue-phone-'))
    bridge = await startBridgeServer({ rendererDir: RENDERER_DIR, dataFolder })
    const listener = listenForDeliveries(bridge.url)
    events = listener
    // The stream is open before the first delivery (main hands an item only to a listening window).
    await listener.ready
    const status = await bridge.venue.start('training-venue-e2e', TEST_VENUE_ADDRESS)
    bridge.venue.publish(roomState)
    expect(status.joinUrl).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/#join=\d{6}$/)

    // Participant: the QR code's link joins, and the code leaves the address bar.
    const phone = await openSharedPage(status.joinUrl!, PHONE)
    pages.push(phone)
    const { page } = phone
    await page.getByRole('heading', { name: 'Analisis masalah desa' }).waitFor()
    expect(page.url()).toBe(`${status.url}/`)
    await screenshot(page, 'venue-phone-participant-id')
    // Nothing wider than the phone: no sideways scrolling at 360 pixels.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)

    // Wi-Fi lost: the card stays on the phone, waiting.
    await phone.context.setOffline(true)
    await page.getByLabel('Gagasan Anda').fill('Air bersih sulit di musim kemarau')
    await page.getByLabel('Nama kelompok Anda').fill('Kelompok Melati')
    await page.getByRole('button', { name: 'Kirim' }).click()
    const card = sentEntry(page, 'Air bersih sulit di musim kemarau (Kelompok Melati)')
    await card.getByText('Laptop pelatih tidak terjangkau', { exact: false }).waitFor()
    await expect(card.textContent()).resolves.toContain('Menunggu dikirim')
    await screenshot(page, 'venue-phone-offline-id')

    // Back online: the phone sends it by itself; the laptop has it, but "received" waits for the commit.
    await phone.context.setOffline(false)
    await expect.poll(() => listener.deliveries.length, { timeout: 30_000 }).toBeGreaterThan(0)
    const delivery = listener.deliveries[0]!
    expect(delivery.item).toMatchObject({
      kind: 'card',
      roundId: 'round-1',
      text: 'Air bersih sulit di musim kemarau',
      group: 'Kelompok Melati',
    })
    expect(delivery.deviceRole).toBe('participant')
    await expect(card.textContent()).resolves.not.toContain('Diterima')
    expect(bridge.venue.answer(delivery.deliveryId, { status: 'received' })).toBe(true)
    await card.getByText('Diterima', { exact: true }).waitFor()
    // Each resend of the same item carries its itemId (the laptop answers it once).
    const itemIds = new Set(listener.deliveries.map((d) => d.item.itemId))
    expect(itemIds.size).toBe(1)

    await page.getByRole('button', { name: 'Bahasa' }).click()
    await card.getByText('Received', { exact: true }).waitFor()
    await page.getByRole('heading', { name: 'Add a card' }).waitFor()
    await screenshot(page, 'venue-phone-participant-en')
    expect(unexpectedErrors(phone.errors)).toEqual([])

    // Co-trainer: pairs through the trainer's second QR code and names themself.
    const co = await openSharedPage(status.pairUrl!, PHONE)
    pages.push(co)
    expect(co.page.url()).toBe(`${status.url}/`)
    await co.page.getByLabel('Nama Anda').fill('Rina Wulandari')
    await co.page.getByRole('button', { name: 'Pasangkan' }).click()
    await co.page.getByRole('button', { name: 'Papan' }).waitFor()
    await co.page.getByLabel('Sesi', { exact: true }).selectOption('session-2')
    await co.page.getByRole('button', { name: 'Warga', exact: true }).click()
    await co.page.getByLabel('Pengamatan').fill('Warga berani menyampaikan keberatan')
    await co.page.getByRole('button', { name: 'Kirim' }).click()
    await expect.poll(() => listener.deliveries.find((d) => d.item.kind === 'observation'), { timeout: 15_000 }).toBeTruthy()
    const observation = listener.deliveries.find((d) => d.item.kind === 'observation')!
    expect(observation).toMatchObject({
      deviceRole: 'co-trainer',
      deviceName: 'Rina Wulandari',
      item: { sessionId: 'session-2', rolePlayId: 'roleplay-1', roleId: 'role-2', text: 'Warga berani menyampaikan keberatan' },
    })
    bridge.venue.answer(observation.deliveryId, { status: 'received' })
    await sentEntry(co.page, 'Warga berani menyampaikan keberatan').getByText('Diterima', { exact: true }).waitFor()
    await screenshot(co.page, 'venue-phone-cotrainer-id')
    expect(await co.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)

    // The board follows the trainer live.
    await co.page.getByRole('button', { name: 'Papan' }).click()
    await co.page.getByText('Sumur kering di musim kemarau').waitFor()
    bridge.venue.publish({
      ...roomState,
      coTrainer: {
        ...coTrainer,
        board: {
          ...coTrainer.board!,
          cards: [
            ...coTrainer.board!.cards,
            {
              id: 'idea-2',
              text: 'Air bersih sulit di musim kemarau',
              group: 'Kelompok Melati',
              votes: 0,
              clusterId: null,
              fromPhone: true,
            },
          ],
        },
      },
    })
    await co.page.locator('.board').getByText('Air bersih sulit di musim kemarau').waitFor()
    await co.page.getByRole('button', { name: 'Bahasa' }).click()
    await co.page.getByRole('heading', { name: 'Not grouped' }).waitFor()
    await screenshot(co.page, 'venue-phone-cotrainer-board-en')
    expect(unexpectedErrors(co.errors)).toEqual([])
  })
})
