import { mkdtemp, rm } from 'node:fs/promises'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Result } from '../shared/ipc/result'
import type { RoomState, VenueDelivery, VenueStatus } from '../shared/venue/protocol'
import { RENDERER_DIR } from './appHarness'
import { openSharedPage, type SharedPage } from './browser'
import { startBridgeServer, TEST_VENUE_ADDRESS, type BridgeServer } from './bridgeServer'

/** A stand-in phone page (the real one is built into out/venue by its own config). */
const PHONE_FIXTURE = resolve(import.meta.dirname, '__fixtures__', 'venuePhone')
const MARKUP = '<img src=x onerror=alert(1)>'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function bridgeCall<T>(server: BridgeServer, channel: string, request: unknown): Promise<T> {
  const response = await fetch(`${server.url}/__bridge/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  })
  const result = (await response.json()) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

/**
 * The trainer's side as the browser bridge hears it: main's events over the event stream; every
 * delivery is answered `received`, as the trainer's window does after committing the item.
 */
function answerDeliveries(server: BridgeServer): { deliveries: VenueDelivery[]; close: () => void } {
  const deliveries: VenueDelivery[] = []
  const request = get(`${server.url}/__bridge-events`, (res) => {
    let buffer = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      const events = buffer.split('\n\n')
      buffer = events.pop() ?? ''
      for (const event of events) {
        const name = /^event: (.*)$/m.exec(event)?.[1]
        const data = /^data: (.*)$/m.exec(event)?.[1]
        if (name !== 'venue:delivery' || data === undefined) continue
        const delivery = JSON.parse(data) as VenueDelivery
        deliveries.push(delivery)
        void bridgeCall(server, 'venue:answer', { deliveryId: delivery.deliveryId, answer: { status: 'received' } })
      }
    })
  })
  return { deliveries, close: () => request.destroy() }
}

function roomState(cards: { id: string; text: string; group: string }[]): RoomState {
  const participant = {
    trainingTitle: 'Pelatihan Advokasi',
    language: 'id' as const,
    paused: false,
    session: null,
    round: { id: 'round-1', question: 'Apa tantangan?', acceptsCards: true, voting: null, cards },
    evaluation: null,
    prePost: null,
  }
  return {
    participant,
    coTrainer: { ...participant, day: 1, sessions: [], board: null, rolePlays: [], groups: [], participants: [] },
  }
}

describe('venue link in a real browser', () => {
  it('a 360x640 phone joins by the QR fragment, its card reaches the trainer, markup stays text, and removal reaches it', async () => {
    const dataFolder = await mkdtemp(join(tmpdir(), 'pelatih-venue-'))
    const server = await startBridgeServer({ rendererDir: RENDERER_DIR, dataFolder, venuePageDir: PHONE_FIXTURE })
    cleanups.push(async () => {
      await server.close()
      await rm(dataFolder, { recursive: true, force: true })
    })
    const trainer = answerDeliveries(server)
    cleanups.push(() => Promise.resolve(trainer.close()))
    const status = await bridgeCall<VenueStatus>(server, 'venue:start', { trainingId: 't1', address: TEST_VENUE_ADDRESS })
    expect(status.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/)
    await bridgeCall(server, 'venue:publish', { state: roomState([]) })

    const phone: SharedPage = await openSharedPage(status.joinUrl ?? '', { width: 360, height: 640 })
    cleanups.push(() => phone.close())
    const dialogs: string[] = []
    phone.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await expect.poll(() => phone.page.locator('#answer').textContent(), { timeout: 15_000 }).toBe('{"status":"received"}')
    expect(await phone.page.locator('#join').textContent()).toBe('200')
    // The cookie is HttpOnly: the page's scripts cannot read it, yet every call carried it.
    expect(await phone.page.locator('#cookie').textContent()).toBe('')
    expect(trainer.deliveries.map((d) => d.item)).toEqual([
      { kind: 'card', itemId: '7f0c2a52-5b1e-4d7a-9c3e-2f6b8a1d4e90', roundId: 'round-1', text: MARKUP, group: 'Kelompok 1' },
    ])
    expect((await bridgeCall<VenueStatus>(server, 'venue:status', null)).devices).toMatchObject([{ role: 'participant', online: true }])

    // The trainer publishes the card: it comes back live and is shown as text, never run.
    await bridgeCall(server, 'venue:publish', { state: roomState([{ id: 'c1', text: MARKUP, group: 'Kelompok 1' }]) })
    await expect.poll(() => phone.page.locator('#cards li').first().textContent()).toBe(MARKUP)
    expect(await phone.page.locator('#cards img').count()).toBe(0)
    expect(dialogs).toEqual([])
    // The strict CSP stopped the page's inline script.
    expect(await phone.page.title()).toBe('Pelatih phone fixture')
    expect(phone.errors.some((e) => /Content Security Policy/.test(e))).toBe(true)

    const deviceId = (await bridgeCall<VenueStatus>(server, 'venue:status', null)).devices[0]?.id
    await bridgeCall(server, 'venue:remove-device', { deviceId })
    await expect.poll(() => phone.page.locator('#live').textContent()).toBe('{"type":"removed"}')
    const after = await phone.page.evaluate(async () => (await fetch('/api/view')).status)
    expect(after).toBe(403)
  })
})
