import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import type { RoomState, VenueItem } from '../../../shared/venue/protocol'
import type { VenueHost } from './venueHost'
import { cookieOf, joinAsParticipant, openLive, pairAsCoTrainer, send, startTestHost, TEST_ADDRESS } from './venueTestKit'

const hosts: VenueHost[] = []
async function host(options: Parameters<typeof startTestHost>[0] = {}) {
  const started = await startTestHost(options)
  hosts.push(started.host)
  return started
}
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.stop()))
})

const card = (text = 'More time for role plays'): VenueItem => ({
  kind: 'card',
  itemId: randomUUID(),
  roundId: 'round-1',
  text,
  group: 'Kelompok 1',
})

function roomState(cards: { id: string; text: string; group: string }[] = []): RoomState {
  const participant = {
    trainingTitle: 'Pelatihan Advokasi',
    language: 'id' as const,
    paused: false,
    session: { id: 's1', title: 'Analisis sosial', day: 1, start: '09:00', end: '10:30' },
    round: { id: 'round-1', question: 'Apa tantangan?', acceptsCards: true, voting: { limit: 3 }, cards },
    evaluation: null,
    prePost: null,
  }
  return {
    participant,
    coTrainer: {
      ...participant,
      day: 1,
      sessions: [participant.session],
      board: { roundId: 'round-1', clusters: [], cards: cards.map((c) => ({ ...c, votes: 0, clusterId: null, fromPhone: true })) },
      rolePlays: [],
      groups: [],
      participants: [{ id: 'p1', name: 'Siti Rahmawati', present: true }],
    },
  }
}

describe('venue server: where it listens and what every answer carries', () => {
  it('listens only on the chosen address, never on all interfaces', async () => {
    const { port, host: venue } = await host()
    expect((await send(port, 'GET', '/api/hello')).status).toBe(200)
    // 127.0.0.2 is this machine too: a server on all interfaces would answer there.
    await expect(send(port, 'GET', '/api/hello', { address: '127.0.0.2', host: `127.0.0.2:${port}` })).rejects.toThrow(/ECONNREFUSED/)
    await expect(venue.start('training-1', '0.0.0.0')).rejects.toThrow(/not an address/)
    await expect(venue.start('training-1', '10.9.9.9')).rejects.toThrow(/not an address/)
  })

  it('serves the phone page and its assets with a strict CSP, no referrer and no CORS headers', async () => {
    const { port } = await host()
    const page = await send(port, 'GET', '/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('<title>Pelatih</title>')
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    const asset = await send(port, 'GET', '/assets/app-1.js')
    expect(asset.status).toBe(200)
    expect(asset.text).toContain('phone')
    const preflight = await send(port, 'OPTIONS', '/api/items', { origin: 'http://evil.example' })
    for (const response of [page, asset, preflight])
      expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
    expect((await send(port, 'GET', '/assets/../../etc/passwd')).status).not.toBe(200)
  })
})

describe('venue server: the rules of "safe by default"', () => {
  it('refuses a wrong Host on pages, API calls and upgrades (DNS rebinding)', async () => {
    const { port, status } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    for (const hostHeader of ['evil.example', `evil.example:${port}`, `${TEST_ADDRESS}:1`, 'localhost']) {
      expect((await send(port, 'GET', '/', { host: hostHeader })).status).toBe(421)
      expect((await send(port, 'GET', '/api/view', { host: hostHeader, cookie })).status).toBe(421)
      expect((await send(port, 'POST', '/api/items', { host: hostHeader, cookie, body: { item: card() } })).status).toBe(421)
    }
    const live = openLive(port, { host: 'evil.example', cookie })
    expect(await live.opened).toBe(421)
  })

  it('refuses a write or an upgrade from another origin, or without one', async () => {
    const { port, status, deliveries } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    for (const origin of ['http://evil.example', `http://localhost:${port}`, 'null', null]) {
      const response = await send(port, 'POST', '/api/items', { origin, cookie, body: { item: card() } })
      expect(response.status).toBe(403)
      expect(response.json).toEqual({ error: 'invalid' })
      expect((await send(port, 'POST', '/api/join', { origin, body: { code: status.roomCode } })).status).toBe(403)
    }
    expect(deliveries).toEqual([])
    expect(await openLive(port, { origin: 'http://evil.example', cookie }).opened).toBe(403)
  })

  it('refuses a device without a cookie, or with one it does not know', async () => {
    const { port } = await host()
    for (const cookie of [undefined, 'pelatih-venue=made-up-token']) {
      const options: Record<string, string> = cookie ? { cookie } : {}
      expect((await send(port, 'GET', '/api/view', options)).json).toEqual({ error: 'no-device' })
      const items = await send(port, 'POST', '/api/items', { ...options, body: { item: card() } })
      expect([items.status, items.json]).toEqual([401, { error: 'no-device' }])
      expect(await openLive(port, options).opened).toBe(401)
    }
  })

  it('joins with the code through an HttpOnly SameSite=Strict cookie, and answers the role view', async () => {
    const { port, status, host: venue } = await host()
    venue.publish(roomState())
    const response = await send(port, 'POST', '/api/join', { body: { code: status.roomCode } })
    expect(response.status).toBe(200)
    const setCookie = response.headers['set-cookie']?.[0] ?? ''
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Strict/i)
    const view = await send(port, 'GET', '/api/view', { cookie: cookieOf(response) })
    expect(view.json).toMatchObject({ role: 'participant', name: null, view: { trainingTitle: 'Pelatihan Advokasi' } })
    // Nothing personal reaches a participant's phone: the attendance list is the co-trainer's.
    expect(view.text).not.toContain('Siti Rahmawati')
    expect(venue.status().devices).toMatchObject([{ role: 'participant', name: null }])
  })

  it('refuses a removed device everywhere and tells its live connection', async () => {
    const { port, status, host: venue, deliveries } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const live = openLive(port, { cookie })
    expect(await live.opened).toBe(101)
    const [device] = venue.status().devices
    venue.removeDevice(device?.id ?? '')
    expect(await live.closed).toBe(1000)
    expect(live.messages.at(-1)).toEqual({ type: 'removed' })
    expect((await send(port, 'GET', '/api/view', { cookie })).json).toEqual({ error: 'removed' })
    const items = await send(port, 'POST', '/api/items', { cookie, body: { item: card() } })
    expect([items.status, items.json]).toEqual([403, { error: 'removed' }])
    expect((await send(port, 'POST', '/api/join', { cookie, body: { code: status.roomCode } })).json).toEqual({ error: 'removed' })
    expect(await openLive(port, { cookie }).opened).toBe(403)
    expect(deliveries).toEqual([])
    expect(venue.status().devices).toEqual([])
  })

  it('refuses the old code after a rotation, and rotates the code when the day changes', async () => {
    let clock = new Date(2026, 11, 8, 8, 0).getTime()
    const { port, status, host: venue } = await host({ now: () => clock })
    const oldCode = status.roomCode ?? ''
    const rotated = venue.rotateCode()
    expect(rotated.roomCode).not.toBe(oldCode)
    expect(rotated.pairUrl).not.toBe(status.pairUrl)
    const refused = await send(port, 'POST', '/api/join', { body: { code: oldCode } })
    expect([refused.status, refused.json]).toEqual([403, { error: 'wrong-code' }])
    expect((await send(port, 'POST', '/api/join', { body: { code: rotated.roomCode } })).status).toBe(200)
    clock = new Date(2026, 11, 9, 7, 30).getTime()
    const nextDay = venue.status().roomCode
    expect(nextDay).not.toBe(rotated.roomCode)
    expect((await send(port, 'POST', '/api/join', { body: { code: rotated.roomCode } })).json).toEqual({ error: 'wrong-code' })
    expect((await send(port, 'POST', '/api/join', { body: { code: nextDay } })).status).toBe(200)
  })

  it('allows 5 joins a minute per address', async () => {
    const { port, status } = await host()
    for (let i = 0; i < 5; i++) expect((await send(port, 'POST', '/api/join', { body: { code: status.roomCode } })).status).toBe(200)
    const sixth = await send(port, 'POST', '/api/join', { body: { code: status.roomCode } })
    expect([sixth.status, sixth.json]).toEqual([429, { error: 'rate-limited' }])
  })

  it('locks an address out after repeated wrong codes, even for the right one, until the lockout ends', async () => {
    let clock = Date.now()
    const { port, status } = await host({ now: () => clock, limits: { joinsPerMinute: 1000, lockoutAfterWrong: 10, lockoutMs: 60_000 } })
    const code = status.roomCode ?? ''
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    for (let i = 0; i < 10; i++)
      expect((await send(port, 'POST', '/api/join', { body: { code: wrong } })).json).toEqual({ error: 'wrong-code' })
    const locked = await send(port, 'POST', '/api/join', { body: { code } })
    expect([locked.status, locked.json]).toEqual([429, { error: 'locked-out' }])
    expect((await send(port, 'POST', '/api/pair', { body: { secret: 'x'.repeat(32), name: 'A' } })).json).toEqual({ error: 'locked-out' })
    clock += 60_001
    expect((await send(port, 'POST', '/api/join', { body: { code } })).status).toBe(200)
  })

  it('takes about 20 cards a minute per device', async () => {
    const { port, status, deliveries, host: venue } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const answered = Array.from({ length: 20 }, () => {
      const sent = send(port, 'POST', '/api/items', { cookie, body: { item: card() } })
      return sent
    })
    await expect.poll(() => deliveries.length).toBe(20)
    for (const d of deliveries) venue.answer(d.deliveryId, { status: 'received' })
    expect((await Promise.all(answered)).map((r) => r.status)).toEqual(Array(20).fill(200))
    const extra = await send(port, 'POST', '/api/items', { cookie, body: { item: card() } })
    expect([extra.status, extra.json]).toEqual([429, { error: 'rate-limited' }])
    // Another phone is not held back by the first one's cards.
    const other = await joinAsParticipant(port, status.roomCode ?? '')
    const pending = send(port, 'POST', '/api/items', { cookie: other, body: { item: card() } })
    await expect.poll(() => deliveries.length).toBe(21)
    venue.answer(deliveries[20]?.deliveryId ?? '', { status: 'received' })
    expect((await pending).status).toBe(200)
  })

  it('refuses a body over 16 KiB and a WebSocket message over 16 KiB', async () => {
    const { port, status, deliveries } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const big = await send(port, 'POST', '/api/items', { cookie, body: { item: card('x'.repeat(17 * 1024)) } })
    expect([big.status, big.json]).toEqual([413, { error: 'too-large' }])
    const live = openLive(port, { cookie })
    expect(await live.opened).toBe(101)
    live.socket.send('y'.repeat(17 * 1024))
    expect(await live.closed).toBe(1009)
    expect(deliveries).toEqual([])
  })

  it('refuses malformed JSON, a body that does not fit the schema, and another content type', async () => {
    const { port, status, deliveries } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const cases = [
      { rawBody: '{"item": {"kind": "card",' },
      { rawBody: 'not json at all' },
      { body: { item: { ...card(), itemId: 'not-a-uuid' } } },
      { body: { item: { ...card(), kind: 'delete-everything' } } },
      { body: { item: { ...card(), text: '   ' } } },
      { body: { code: '12345' } },
      { rawBody: JSON.stringify({ item: card() }), contentType: 'text/plain' },
    ]
    for (const c of cases) {
      const response = await send(port, 'POST', '/api/items', { cookie, ...c })
      expect([response.status, response.json]).toEqual([400, { error: 'invalid' }])
    }
    expect((await send(port, 'POST', '/api/join', { body: { code: 'abcdef' } })).json).toEqual({ error: 'invalid' })
    expect(deliveries).toEqual([])
  })

  it("refuses a kind the device's role may not send", async () => {
    const { port, status, deliveries, host: venue } = await host()
    const participant = await joinAsParticipant(port, status.roomCode ?? '')
    const observation: VenueItem = {
      kind: 'observation',
      itemId: randomUUID(),
      sessionId: 's1',
      rolePlayId: null,
      roleId: null,
      text: 'Peserta aktif',
    }
    const refused = await send(port, 'POST', '/api/items', { cookie: participant, body: { item: observation } })
    expect([refused.status, refused.json]).toEqual([403, { error: 'invalid' }])
    expect(deliveries).toEqual([])
    const coTrainer = await pairAsCoTrainer(port, status.pairUrl ?? '', 'Budi')
    const taken = send(port, 'POST', '/api/items', { cookie: coTrainer, body: { item: observation } })
    await expect.poll(() => deliveries.length).toBe(1)
    expect(deliveries[0]).toMatchObject({ deviceRole: 'co-trainer', deviceName: 'Budi', item: observation })
    venue.answer(deliveries[0]?.deliveryId ?? '', { status: 'received' })
    expect((await taken).json).toEqual({ status: 'received' })
  })

  it('refuses items while input is paused and shows phones the pause', async () => {
    const { port, status, host: venue, deliveries } = await host()
    venue.publish(roomState())
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const live = openLive(port, { cookie })
    expect(await live.opened).toBe(101)
    venue.setPaused(true)
    await expect.poll(() => live.messages.at(-1)).toMatchObject({ type: 'view', view: { paused: true } })
    const refused = await send(port, 'POST', '/api/items', { cookie, body: { item: card() } })
    expect([refused.status, refused.json]).toEqual([409, { error: 'paused' }])
    expect(deliveries).toEqual([])
    live.socket.close()
  })

  it('passes 200 XSS payloads through as data, unchanged, to the trainer and back to phones', async () => {
    const { port, status, deliveries, host: venue } = await host({ limits: { cardsPerMinute: 1000 } })
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const payloads = xssPayloads(200)
    const answered = payloads.map((text) => send(port, 'POST', '/api/items', { cookie, body: { item: card(text) } }))
    await expect.poll(() => deliveries.length, { timeout: 10_000 }).toBe(200)
    for (const d of deliveries) venue.answer(d.deliveryId, { status: 'received' })
    expect((await Promise.all(answered)).every((r) => r.status === 200)).toBe(true)
    expect(deliveries.map((d) => (d.item.kind === 'card' ? d.item.text : null)).sort()).toEqual([...payloads].sort())
    venue.publish(roomState(payloads.map((text, i) => ({ id: `c${i}`, text, group: text }))))
    const view = await send(port, 'GET', '/api/view', { cookie })
    expect(view.headers['content-type']).toMatch(/^application\/json/)
    const shown = (view.json as { view: RoomState['participant'] }).view.round?.cards.map((c) => c.text)
    expect(shown).toEqual(payloads)
  })
})

describe("venue server: delivery to the trainer's window", () => {
  it('answers the phone with what the window answered', async () => {
    const { port, status, deliveries, host: venue } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const item = card()
    const pending = send(port, 'POST', '/api/items', { cookie, body: { item } })
    await expect.poll(() => deliveries.length).toBe(1)
    expect(deliveries[0]).toMatchObject({ deviceRole: 'participant', deviceName: null, item })
    expect(venue.answer(deliveries[0]?.deliveryId ?? '', { status: 'refused', reason: 'closed' })).toBe(true)
    expect((await pending).json).toEqual({ status: 'refused', reason: 'closed' })
  })

  it('answers 503 laptop-busy after the timeout; the resend (same itemId) is answered', async () => {
    const { port, status, deliveries, host: venue } = await host({ deliveryTimeoutMs: 200 })
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const item = card()
    const first = await send(port, 'POST', '/api/items', { cookie, body: { item } })
    expect([first.status, first.json]).toEqual([503, { error: 'laptop-busy' }])
    // The late answer finds nothing waiting.
    expect(venue.answer(deliveries[0]?.deliveryId ?? '', { status: 'received' })).toBe(false)
    const again = send(port, 'POST', '/api/items', { cookie, body: { item } })
    await expect.poll(() => deliveries.length).toBe(2)
    expect(deliveries[1]?.item.itemId).toBe(item.itemId)
    venue.answer(deliveries[1]?.deliveryId ?? '', { status: 'received' })
    expect((await again).json).toEqual({ status: 'received' })
  })

  it('hands a resend that arrives while the first copy waits to the same delivery', async () => {
    const { port, status, deliveries, host: venue } = await host()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const item = card()
    const one = send(port, 'POST', '/api/items', { cookie, body: { item } })
    await expect.poll(() => deliveries.length).toBe(1)
    const two = send(port, 'POST', '/api/items', { cookie, body: { item } })
    await new Promise((resolve) => setTimeout(resolve, 50))
    venue.answer(deliveries[0]?.deliveryId ?? '', { status: 'received' })
    expect([(await one).json, (await two).json]).toEqual([{ status: 'received' }, { status: 'received' }])
    expect(deliveries).toHaveLength(1)
  })

  it('answers busy at once when no trainer window listens', async () => {
    const { port, status, deliveries } = await host({ windowOpen: () => false, deliveryTimeoutMs: 5_000 })
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    const started = Date.now()
    const response = await send(port, 'POST', '/api/items', { cookie, body: { item: card() } })
    expect([response.status, response.json]).toEqual([503, { error: 'laptop-busy' }])
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(deliveries).toEqual([])
  })
})

describe('venue server: devices, live views and restarts', () => {
  it('shows devices online while connected, co-trainers by name, and pushes each role its view', async () => {
    const { port, status, host: venue, statuses } = await host()
    const participant = await joinAsParticipant(port, status.roomCode ?? '')
    const coTrainer = await pairAsCoTrainer(port, status.pairUrl ?? '', 'Budi Santoso')
    const p = openLive(port, { cookie: participant })
    const c = openLive(port, { cookie: coTrainer })
    expect([await p.opened, await c.opened]).toEqual([101, 101])
    await expect.poll(() => venue.status().devices.filter((d) => d.online).length).toBe(2)
    expect(statuses.at(-1)?.devices.map((d) => [d.role, d.name, d.online])).toEqual([
      ['participant', null, true],
      ['co-trainer', 'Budi Santoso', true],
    ])
    venue.publish(roomState([{ id: 'c1', text: 'Kartu', group: 'K1' }]))
    await expect.poll(() => c.messages.at(-1)).toMatchObject({ type: 'view', view: { participants: [{ name: 'Siti Rahmawati' }] } })
    await expect.poll(() => p.messages.at(-1)).toMatchObject({ type: 'view', view: { round: { cards: [{ text: 'Kartu' }] } } })
    expect(JSON.stringify(p.messages)).not.toContain('Siti Rahmawati')
    p.socket.close()
    await expect.poll(() => venue.status().devices.map((d) => d.online)).toEqual([false, true])
    c.socket.close()
  })

  it('keeps paired devices, the code and removed devices across a restart of the app', async () => {
    const first = await host()
    const cookie = await joinAsParticipant(first.port, first.status.roomCode ?? '')
    const removed = await joinAsParticipant(first.port, first.status.roomCode ?? '')
    const removedId = first.host.status().devices[1]?.id ?? ''
    first.host.removeDevice(removedId)
    await first.host.stop()
    const second = await host({ folder: first.folder, pageDir: first.pageDir })
    expect(second.status.roomCode).toBe(first.status.roomCode)
    expect(second.status.devices).toHaveLength(1)
    expect((await send(second.port, 'GET', '/api/view', { cookie })).status).toBe(200)
    expect((await send(second.port, 'GET', '/api/view', { cookie: removed })).json).toEqual({ error: 'removed' })
  })

  it('records the self-test from another device and lets a phone leave', async () => {
    const { port, status, host: venue } = await host()
    expect((await send(port, 'GET', '/api/hello')).json).toEqual({ app: 'pelatih', ok: true })
    // The test's requests come from 127.0.0.1, the server's own address: that is the laptop itself.
    expect(venue.status().reachedFromOtherDeviceAt).toBeNull()
    const cookie = await joinAsParticipant(port, status.roomCode ?? '')
    expect((await send(port, 'POST', '/api/leave', { cookie })).status).toBe(204)
    expect(venue.status().devices).toEqual([])
    expect((await send(port, 'GET', '/api/view', { cookie })).json).toEqual({ error: 'no-device' })
  })
})

/** Script, markup and URL payloads, each made unique so every one is checked on its own. */
function xssPayloads(count: number): string[] {
  const templates = [
    '<script>alert(N)</script>',
    '<img src=x onerror=alert(N)>',
    '"><svg onload=alert(N)>',
    "javascript:alert('N')",
    '<iframe src="javascript:alert(N)"></iframe>',
    '{{constructor.constructor("alert(N)")()}}',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydChOKTwvc2NyaXB0Pg==">N</a>',
    '\u202e<b>N</b>&lt;&amp;&quot;',
    '</textarea><script>fetch("//evil/N")</script>',
    '${alert(N)} `N` <style>*{display:none}</style>',
  ]
  return Array.from({ length: count }, (_, i) => (templates[i % templates.length] ?? '').replaceAll('N', String(i)))
}
