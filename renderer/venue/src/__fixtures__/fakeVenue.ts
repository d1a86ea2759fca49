import type { CoTrainerView, ParticipantView, VenueAnswer, VenueItem } from '../../../../shared/venue/protocol'

/** How the fake laptop answers one POST /api/items. */
export type ItemReply = { answer: VenueAnswer } | { status: number; error: string } | 'offline'

/**
 * A venue server in memory for the phone page's tests: a fetch that answers the venue routes,
 * and WebSockets the test can open, drop and push views through.
 */
export function createFakeVenue(options: { code?: string; secret?: string; role?: 'participant' | 'co-trainer' } = {}) {
  const code = options.code ?? '123456'
  const secret = options.secret ?? 'pair-secret-0123456789'
  let role: 'participant' | 'co-trainer' | null = null
  let view: ParticipantView | CoTrainerView = participantView()
  const items: VenueItem[] = []
  const requests: { method: string; path: string; body: unknown }[] = []
  /** Replies for the next item posts, in order; when empty, `received`. */
  const itemReplies: ItemReply[] = []
  let joinReply: { status: number; error: string } | null = null
  const sockets: FakeSocket[] = []

  const json = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

  const fetch = (input: string, init?: RequestInit): Promise<Response> => {
    const path = input
    const method = init?.method ?? 'GET'
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    requests.push({ method, path, body })
    if (path === '/api/join') {
      if (joinReply) return Promise.resolve(json(joinReply.status, { error: joinReply.error }))
      if ((body as { code: string }).code !== code) return Promise.resolve(json(401, { error: 'wrong-code' }))
      role = 'participant'
      return Promise.resolve(json(200, { ok: true }))
    }
    if (path === '/api/pair') {
      if ((body as { secret: string }).secret !== secret) return Promise.resolve(json(401, { error: 'wrong-code' }))
      role = 'co-trainer'
      return Promise.resolve(json(200, { ok: true }))
    }
    if (path === '/api/view') {
      if (!role) return Promise.resolve(json(401, { error: 'no-device' }))
      return Promise.resolve(json(200, { role, view }))
    }
    if (path === '/api/items') {
      const reply = itemReplies.shift() ?? { answer: { status: 'received' } }
      if (reply === 'offline') return Promise.reject(new TypeError('Failed to fetch'))
      if ('status' in reply) return Promise.resolve(json(reply.status, { error: reply.error }))
      if (reply.answer.status === 'received') {
        const item = (body as { item: VenueItem }).item
        if (!items.some((known) => known.itemId === item.itemId)) items.push(item)
      }
      return Promise.resolve(json(200, reply.answer))
    }
    if (path === '/api/leave') {
      role = null
      return Promise.resolve(json(200, { ok: true }))
    }
    return Promise.resolve(json(404, { error: 'invalid' }))
  }

  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    items,
    requests,
    itemReplies,
    sockets,
    rejectJoins(status: number, error: string) {
      joinReply = { status, error }
    },
    setView(next: ParticipantView | CoTrainerView) {
      view = next
      for (const socket of sockets) if (socket.readyState === 1) socket.push({ type: 'view', role, view })
    },
    createSocket: (url: string): WebSocket => {
      const socket = new FakeSocket(url)
      sockets.push(socket)
      return socket as unknown as WebSocket
    },
  }
}

/** A WebSocket the test drives: `accept` opens it, `drop` closes it from the server's side. */
export class FakeSocket {
  readyState = 0
  onopen: (() => void) | null = null
  onmessage: ((event: { data: string }) => void) | null = null
  onclose: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(readonly url: string) {}
  accept(): void {
    this.readyState = 1
    this.onopen?.()
  }
  push(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) })
  }
  drop(): void {
    this.readyState = 3
    this.onclose?.()
  }
  close(): void {
    if (this.readyState === 3) return
    this.readyState = 3
    this.onclose?.()
  }
}

/** A participant's view with a round open for cards. */
export function participantView(change: Partial<ParticipantView> = {}): ParticipantView {
  return {
    trainingTitle: 'Pelatihan Fasilitator Desa',
    language: 'id',
    paused: false,
    session: { id: 'session-1', title: 'Analisis masalah', day: 1, start: '09:00', end: '10:30' },
    round: { id: 'round-1', question: 'Apa masalah utama di desa?', acceptsCards: true, voting: null, cards: [] },
    evaluation: null,
    prePost: null,
    ...change,
  }
}

/** A co-trainer's view of the same moment. */
export function coTrainerView(change: Partial<CoTrainerView> = {}): CoTrainerView {
  return {
    ...participantView(),
    day: 1,
    sessions: [
      { id: 'session-1', title: 'Analisis masalah', day: 1, start: '09:00', end: '10:30' },
      { id: 'session-2', title: 'Bermain peran: musyawarah desa', day: 1, start: '11:00', end: '12:00' },
    ],
    board: {
      roundId: 'round-1',
      clusters: [{ id: 'cluster-1', name: 'Air bersih' }],
      cards: [
        { id: 'idea-1', text: 'Sumur kering', group: 'Kelompok 1', votes: 2, clusterId: 'cluster-1', fromPhone: true },
        { id: 'idea-2', text: 'Jalan rusak', group: 'Kelompok 2', votes: 0, clusterId: null, fromPhone: false },
      ],
    },
    rolePlays: [
      {
        id: 'roleplay-1',
        sessionId: 'session-2',
        title: 'Musyawarah dusun',
        roles: [
          { id: 'role-1', name: 'Kepala desa' },
          { id: 'role-2', name: 'Warga' },
        ],
      },
    ],
    groups: [{ id: 'group-1', sessionId: 'session-1', name: 'Kelompok 1' }],
    participants: [
      { id: 'p-1', name: 'Siti Aminah', present: false },
      { id: 'p-2', name: 'Budi Santoso', present: true },
    ],
    ...change,
  }
}
