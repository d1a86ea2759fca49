import { randomUUID } from 'node:crypto'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VENUE_DELIVERY_EVENT_CHANNEL, VENUE_STATUS_EVENT_CHANNEL } from '../../../shared/ipc/contract'
import type { VenueDelivery, VenueStatus } from '../../../shared/venue/protocol'
import { createVenueHost, type VenueHost } from '../venue/venueHost'
import { joinAsParticipant, makePageDir, send, TEST_ADDRESS } from '../venue/venueTestKit'

const electron = vi.hoisted(() => ({ handlers: new Map<string, (event: unknown, argument: unknown) => Promise<unknown>>() }))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, argument: unknown) => Promise<unknown>) =>
      electron.handlers.set(channel, listener),
  },
}))
const { registerVenueIpc, venueEventsTo } = await import('./venueIpc')

/** A window's webContents as the venue events use it: what it was sent. */
function fakeContents() {
  const sent: [string, unknown][] = []
  return {
    sent,
    destroyed: false,
    isDestroyed() {
      return this.destroyed
    },
    send: (channel: string, payload: unknown) => void sent.push([channel, payload]),
  }
}

const hosts: VenueHost[] = []
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.stop()))
})

async function setup() {
  const trainer = fakeContents()
  const projector = fakeContents()
  let window: typeof trainer | null = trainer
  const events = venueEventsTo(() => window as unknown as Electron.WebContents | null)
  const host = createVenueHost({
    folder: await mkdtemp(join(tmpdir(), 'venue-ipc-')),
    pageDir: await makePageDir(),
    addresses: () => [{ name: 'lo', address: TEST_ADDRESS, wifi: false }],
    deliver: events.deliver,
    statusChanged: events.statusChanged,
    preferredPort: 0,
  })
  hosts.push(host)
  registerVenueIpc(host, (sender) => sender === trainer, { isTrustedSender: (url) => url.startsWith('app://pelatih/') })
  const call = (channel: string, sender: unknown, argument?: unknown) =>
    electron.handlers.get(channel)?.({ sender, senderFrame: { url: 'app://pelatih/index.html' } }, argument) as Promise<
      { ok: true; value: unknown } | { ok: false; error: { code: string } }
    >
  return { trainer, projector, call, closeWindow: () => (window = null) }
}

describe('venue channels', () => {
  it("let the trainer's window run the link; phones' items and status reach that window only", async () => {
    const { trainer, projector, call } = await setup()
    expect(await call('venue:list-addresses', trainer)).toEqual({ ok: true, value: [{ name: 'lo', address: TEST_ADDRESS, wifi: false }] })
    const started = await call('venue:start', trainer, { trainingId: 't1', address: TEST_ADDRESS })
    if (!started.ok) throw new Error('venue:start failed')
    const status = started.value as VenueStatus
    expect(status).toMatchObject({ running: true, address: TEST_ADDRESS, trainingId: 't1' })
    expect(status.joinUrl).toBe(`http://${TEST_ADDRESS}:${status.port}/#join=${status.roomCode}`)
    const cookie = await joinAsParticipant(status.port ?? 0, status.roomCode ?? '')
    expect(trainer.sent.filter(([c]) => c === VENUE_STATUS_EVENT_CHANNEL).at(-1)?.[1]).toMatchObject({ devices: [{ role: 'participant' }] })
    const item = { kind: 'card', itemId: randomUUID(), roundId: 'r1', text: 'Kartu dari HP', group: 'K1' }
    const pending = send(status.port ?? 0, 'POST', '/api/items', { cookie, body: { item } })
    await expect.poll(() => trainer.sent.filter(([c]) => c === VENUE_DELIVERY_EVENT_CHANNEL).length).toBe(1)
    const delivery = trainer.sent.find(([c]) => c === VENUE_DELIVERY_EVENT_CHANNEL)?.[1] as VenueDelivery
    expect(delivery.item).toEqual(item)
    expect(await call('venue:answer', trainer, { deliveryId: delivery.deliveryId, answer: { status: 'received' } })).toEqual({
      ok: true,
      value: true,
    })
    expect((await pending).json).toEqual({ status: 'received' })
    expect(projector.sent).toEqual([])
    expect(await call('venue:stop', trainer)).toMatchObject({ ok: true, value: { running: false } })
  })

  it('refuse the projector window, a wildcard address and a malformed room state, and change nothing', async () => {
    const { trainer, projector, call } = await setup()
    const valid: [string, unknown][] = [
      ['venue:start', { trainingId: 't1', address: TEST_ADDRESS }],
      ['venue:status', undefined],
      ['venue:rotate-code', undefined],
      ['venue:set-paused', { paused: true }],
      ['venue:answer', { deliveryId: 'd1', answer: { status: 'received' } }],
      ['venue:remove-device', { deviceId: 'x' }],
    ]
    for (const [channel, argument] of valid)
      expect(await call(channel, projector, argument)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(await call('venue:start', trainer, { trainingId: 't1', address: '0.0.0.0' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
    expect(await call('venue:rotate-code', trainer)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(await call('venue:publish', trainer, { state: { participant: { trainingTitle: 5 } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
    expect(await call('venue:status', trainer)).toMatchObject({ ok: true, value: { running: false, paused: false } })
  })

  it('answer a phone busy at once when the trainer window is closed', async () => {
    const { trainer, call, closeWindow } = await setup()
    const started = await call('venue:start', trainer, { trainingId: 't1', address: TEST_ADDRESS })
    const status = (started.ok ? started.value : null) as VenueStatus
    const cookie = await joinAsParticipant(status.port ?? 0, status.roomCode ?? '')
    closeWindow()
    const item = { kind: 'card', itemId: randomUUID(), roundId: 'r1', text: 'Kartu', group: '' }
    const response = await send(status.port ?? 0, 'POST', '/api/items', { cookie, body: { item } })
    expect([response.status, response.json]).toEqual([503, { error: 'laptop-busy' }])
  })
})
