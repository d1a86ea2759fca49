import { afterEach, describe, expect, it, vi } from 'vitest'
import { VENUE_DELIVERY_EVENT_CHANNEL, VENUE_STATUS_EVENT_CHANNEL } from '../../../shared/ipc/contract'
import { BRIDGE_EVENTS_PATH, createHttpBridge } from './httpBridge'

/** An EventSource that the test drives: what a server-sent event stream would deliver. */
class FakeEventSource {
  static opened: FakeEventSource[] = []
  closed = false
  private readonly listeners = new Map<string, ((event: { data: string }) => void)[]>()
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  addEventListener(type: string, listener: (event: { data: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  close(): void {
    this.closed = true
  }
  emit(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data })
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  FakeEventSource.opened = []
})

describe('the browser bridge of the venue link', () => {
  it('sends each venue call to its own channel on the test server', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ ok: true, value: { running: true } }), { status: 200 })),
    )
    vi.stubGlobal('fetch', fetch)
    const bridge = createHttpBridge('http://127.0.0.1:4000')
    expect(await bridge.startVenue({ trainingId: 't1', address: '127.0.0.2' })).toEqual({ ok: true, value: { running: true } })
    expect(fetch.mock.calls[0]?.[0]).toBe('http://127.0.0.1:4000/__bridge/venue:start')
    expect(JSON.parse(fetch.mock.calls[0]?.[1].body as string)).toEqual({ trainingId: 't1', address: '127.0.0.2' })
    await bridge.answerVenueItem({ deliveryId: 'd1', answer: { status: 'received' } })
    expect(fetch.mock.calls[1]?.[0]).toBe('http://127.0.0.1:4000/__bridge/venue:answer')
  })

  it("hears main's venue events over one event stream, each by its channel, and closes it when no one listens", () => {
    vi.stubGlobal('EventSource', FakeEventSource)
    const bridge = createHttpBridge('http://127.0.0.1:4000')
    const deliveries: unknown[] = []
    const statuses: unknown[] = []
    const stopDeliveries = bridge.onVenueDelivery((d) => deliveries.push(d))
    const stopStatus = bridge.onVenueStatus((s) => statuses.push(s))
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual([`http://127.0.0.1:4000${BRIDGE_EVENTS_PATH}`])
    const source = FakeEventSource.opened[0]
    source?.emit(VENUE_DELIVERY_EVENT_CHANNEL, JSON.stringify({ deliveryId: 'd1' }))
    source?.emit(VENUE_STATUS_EVENT_CHANNEL, JSON.stringify({ running: true }))
    source?.emit(VENUE_DELIVERY_EVENT_CHANNEL, '{not json')
    expect(deliveries).toEqual([{ deliveryId: 'd1' }])
    expect(statuses).toEqual([{ running: true }])
    stopDeliveries()
    expect(source?.closed).toBe(false)
    stopStatus()
    expect(source?.closed).toBe(true)
  })

  it('opens no event stream where there is none (jsdom, old browsers)', () => {
    const bridge = createHttpBridge('http://127.0.0.1:4000')
    const stop = bridge.onVenueStatus(() => undefined)
    expect(FakeEventSource.opened).toEqual([])
    stop()
  })
})
