import { describe, expect, it } from 'vitest'
import type { VenueDelivery, VenueStatus } from '../../../../shared/venue/protocol'
import { createMemoryBridge, MEMORY_VENUE_CODE } from './memoryBridge'

describe('the memory bridge venue', () => {
  it("starts on a laptop address, hands a phone's item to the page and answers the phone with the page's answer", async () => {
    const bridge = createMemoryBridge()
    const statuses: VenueStatus[] = []
    bridge.onVenueStatus((s) => statuses.push(s))
    expect(await bridge.startVenue({ trainingId: 't1', address: '0.0.0.0' })).toMatchObject({ ok: false })
    const started = await bridge.startVenue({ trainingId: 't1', address: '192.168.1.20' })
    expect(started).toMatchObject({ ok: true, value: { running: true, roomCode: MEMORY_VENUE_CODE } })
    const phone = bridge.venue.join('co-trainer', 'Budi')
    const delivered: VenueDelivery[] = []
    bridge.onVenueDelivery((d) => {
      delivered.push(d)
      void bridge.answerVenueItem({ deliveryId: d.deliveryId, answer: { status: 'received' } })
    })
    const item = { kind: 'card' as const, itemId: crypto.randomUUID(), roundId: 'r1', text: 'Kartu', group: 'K1' }
    expect(await bridge.venue.deliver(item, phone.id)).toEqual({ status: 'received' })
    expect(delivered).toMatchObject([{ deviceId: phone.id, deviceRole: 'co-trainer', deviceName: 'Budi', item }])
    expect((await bridge.answerVenueItem({ deliveryId: delivered[0]?.deliveryId ?? '', answer: { status: 'received' } })).ok).toBe(true)
    await bridge.removeVenueDevice({ deviceId: phone.id })
    expect(statuses.at(-1)?.devices).toEqual([])
    expect((await bridge.rotateVenueCode()).ok && (await bridge.getVenueStatus()).ok).toBe(true)
    expect(bridge.venue.status.roomCode).not.toBe(MEMORY_VENUE_CODE)
  })
})
