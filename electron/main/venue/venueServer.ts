import type { AddressInfo } from 'node:net'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import fastifyWebsocket from '@fastify/websocket'
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify'
import {
  VENUE_MAX_BODY_BYTES,
  itemRequestSchema,
  joinRequestSchema,
  mayDeviceSend,
  pairRequestSchema,
  type CoTrainerView,
  type DeviceRole,
  type ParticipantView,
} from '../../../shared/venue/protocol'
import type { VenueError, VenueHello, VenueLiveMessage, VenueViewResponse } from '../../../shared/venue/roomStateSchema'
import type { DeliveryDesk } from './deliveryDesk'
import type { Room } from './room'
import type { StoredDevice } from './roomFile'

/** The cookie that names a device after it joined or paired (HttpOnly, SameSite=Strict). */
export const VENUE_COOKIE = 'pelatih-venue'
/** How long a phone keeps its cookie: a training lasts days, not months. */
const COOKIE_MAX_AGE_S = 30 * 24 * 60 * 60

/** The rate limits and the lockout; tests and the benchmark may change them. */
export interface VenueLimits {
  /** Every request to the server together, per minute. */
  overallPerMinute: number
  /** Requests of one address without a device (the page, its assets, the self-test), per minute. */
  perAddressPerMinute: number
  /** Join and pair attempts of one address, per minute. */
  joinsPerMinute: number
  /** Wrong codes in a row from one address before it is locked out. */
  lockoutAfterWrong: number
  lockoutMs: number
  /** Requests of one device, per minute. */
  perDevicePerMinute: number
  /** Cards of one device, per minute. */
  cardsPerMinute: number
}

export const DEFAULT_VENUE_LIMITS: VenueLimits = {
  overallPerMinute: 6_000,
  perAddressPerMinute: 600,
  joinsPerMinute: 5,
  lockoutAfterWrong: 10,
  lockoutMs: 15 * 60_000,
  perDevicePerMinute: 600,
  cardsPerMinute: 20,
}

/**
 * The page's Content Security Policy: its own scripts, styles and images only, no inline code,
 * no frames, no forms elsewhere, and connections only back to this server.
 */
export function pageCsp(host: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    `connect-src 'self' ws://${host}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** `host:port` as a browser sends it in the Host header (IPv6 in brackets). */
export function hostOf(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`
}

/** What the server asks of the rest of the venue link. */
export interface VenueServerOptions {
  address: string
  /** 0 picks a free port. */
  port: number
  /** The built phone page: `index.html` and `assets/`. */
  pageDir: string
  room: Room
  desk: DeliveryDesk
  isPaused: () => boolean
  /** What a device of this role sees now (null before the trainer's window published). */
  viewFor: (role: DeviceRole) => ParticipantView | CoTrainerView | null
  /** A device joined, left, or came online or went offline. */
  onDevicesChanged: () => void
  /** Another device than the laptop reached the self-test. */
  onReachedFromOtherDevice: () => void
  limits?: Partial<VenueLimits>
  now?: () => number
}

/** The parts of a live connection the server uses (ws ships no types of its own here). */
interface LiveSocket {
  readonly readyState: number
  readonly OPEN: number
  send(data: string): void
  close(code?: number): void
  on(event: 'close' | 'message', listener: () => void): unknown
}

class Refusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: VenueError,
  ) {
    super(error)
  }
}

/**
 * The venue server: the phone page and its API on one address and port. Every request must
 * name that address and port in `Host` (DNS rebinding), every write and upgrade must come from
 * that origin, bodies and messages are at most 16 KiB, every body is parsed with the shared
 * schemas, and requests are limited per address, per device and overall. Plain Node (no
 * Electron), so the browser tests' server hosts this very module.
 */
export async function createVenueServer(options: VenueServerOptions) {
  const limits = { ...DEFAULT_VENUE_LIMITS, ...options.limits }
  const now = options.now ?? Date.now
  const { room, desk } = options
  let expectedHost = ''
  const sockets = new Map<string, Set<LiveSocket>>()
  const wrongCodes = new Map<string, { wrong: number; lockedUntil: number }>()

  const app = Fastify({ bodyLimit: VENUE_MAX_BODY_BYTES, logger: false, trustProxy: false })
  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, { global: false })
  await app.register(fastifyWebsocket, { options: { maxPayload: VENUE_MAX_BODY_BYTES } })
  await app.register(fastifyStatic, {
    root: `${options.pageDir}/assets`,
    prefix: '/assets/',
    index: false,
    list: false,
    dotfiles: 'deny',
    cacheControl: false,
  })

  const minute = 60_000
  const overall = app.createRateLimit({ max: limits.overallPerMinute, timeWindow: minute, keyGenerator: () => 'all' })
  const perAddress = app.createRateLimit({ max: limits.perAddressPerMinute, timeWindow: minute })
  const joins = app.createRateLimit({ max: limits.joinsPerMinute, timeWindow: minute, keyGenerator: (req) => `join:${req.ip}` })
  const perDevice = app.createRateLimit({
    max: limits.perDevicePerMinute,
    timeWindow: minute,
    keyGenerator: (req) => `device:${deviceOf(req)?.id ?? req.ip}`,
  })
  const cards = app.createRateLimit({
    max: limits.cardsPerMinute,
    timeWindow: minute,
    keyGenerator: (req) => `cards:${deviceOf(req)?.id ?? req.ip}`,
  })
  const limit = async (limiter: typeof overall, req: FastifyRequest): Promise<void> => {
    const result = await limiter(req)
    if (!result.isAllowed && result.isExceeded) throw new Refusal(429, 'rate-limited')
  }

  const devicesOfRequests = new WeakMap<FastifyRequest, StoredDevice>()
  const deviceOf = (req: FastifyRequest): StoredDevice | undefined => devicesOfRequests.get(req)

  /** Who is asking: the device its cookie names; refuses a removed or unknown one. */
  const authenticate = async (req: FastifyRequest): Promise<StoredDevice> => {
    const found = room.lookup(req.cookies[VENUE_COOKIE])
    if (found.kind === 'removed') throw new Refusal(403, 'removed')
    if (found.kind === 'unknown') throw new Refusal(401, 'no-device')
    devicesOfRequests.set(req, found.device)
    await limit(perDevice, req)
    room.touch(found.device.id)
    return found.device
  }

  const viewResponse = (device: StoredDevice): VenueViewResponse => ({
    deviceId: device.id,
    role: device.role,
    name: device.name,
    view: options.viewFor(device.role),
  })

  const setDeviceCookie = (reply: FastifyReply, token: string): void => {
    reply.setCookie(VENUE_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: COOKIE_MAX_AGE_S })
  }

  /** Join and pair: limited per address, and locked out after repeated wrong codes. */
  const guardAttempt = async (req: FastifyRequest): Promise<void> => {
    await limit(joins, req)
    const entry = wrongCodes.get(req.ip)
    if (entry && entry.lockedUntil > now()) throw new Refusal(429, 'locked-out')
    if (entry && entry.lockedUntil !== 0) wrongCodes.delete(req.ip)
  }
  const wrongAttempt = (req: FastifyRequest): Refusal => {
    const entry = wrongCodes.get(req.ip) ?? { wrong: 0, lockedUntil: 0 }
    entry.wrong += 1
    if (entry.wrong >= limits.lockoutAfterWrong) entry.lockedUntil = now() + limits.lockoutMs
    wrongCodes.set(req.ip, entry)
    return new Refusal(403, 'wrong-code')
  }

  // Runs for every request and every upgrade, before routing to a handler.
  app.addHook('onRequest', async (req) => {
    if ((req.headers.host ?? '').toLowerCase() !== expectedHost) throw new Refusal(421, 'invalid')
    const writes = !(req.method === 'GET' || req.method === 'HEAD') || req.headers.upgrade !== undefined
    if (writes && req.headers.origin !== `http://${expectedHost}`) throw new Refusal(403, 'invalid')
    await limit(overall, req)
    if (!req.url.startsWith('/api/') || req.url === '/api/hello') await limit(perAddress, req)
  })

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('Referrer-Policy', 'no-referrer')
    reply.header('X-Content-Type-Options', 'nosniff')
    reply.header('X-Frame-Options', 'DENY')
    reply.header('Cross-Origin-Resource-Policy', 'same-origin')
    reply.header('Content-Security-Policy', pageCsp(expectedHost))
    if (req.url.startsWith('/api/') || req.url === '/') reply.header('Cache-Control', 'no-store')
    return payload
  })

  app.setErrorHandler((error, _req, reply) => {
    if (error instanceof Refusal) return reply.code(error.statusCode).send({ error: error.error })
    const code = (error as { code?: string }).code
    const status = (error as { statusCode?: number }).statusCode ?? 500
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: 'too-large' })
    if (status === 429) return reply.code(429).send({ error: 'rate-limited' })
    if (status >= 400 && status < 500) return reply.code(400).send({ error: 'invalid' })
    return reply.code(503).send({ error: 'laptop-busy' })
  })

  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ error: 'invalid' }))

  app.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').sendFile('index.html', options.pageDir))

  app.get('/api/hello', (req): VenueHello => {
    if (req.socket.remoteAddress !== undefined && normalizeAddress(req.socket.remoteAddress) !== options.address)
      options.onReachedFromOtherDevice()
    return { app: 'pelatih', ok: true }
  })

  app.post('/api/join', async (req, reply) => {
    await guardAttempt(req)
    const body = joinRequestSchema.safeParse(req.body)
    if (!body.success) throw new Refusal(400, 'invalid')
    if (!room.checkCode(body.data.code)) throw wrongAttempt(req)
    wrongCodes.delete(req.ip)
    const current = room.lookup(req.cookies[VENUE_COOKIE])
    if (current.kind === 'removed') throw new Refusal(403, 'removed')
    // A phone that joined before keeps its device (and its place in the trainer's count).
    if (current.kind === 'device') return viewResponse(current.device)
    const { device, token } = room.addDevice('participant', null)
    setDeviceCookie(reply, token)
    options.onDevicesChanged()
    return viewResponse(device)
  })

  app.post('/api/pair', async (req, reply) => {
    await guardAttempt(req)
    const body = pairRequestSchema.safeParse(req.body)
    if (!body.success) throw new Refusal(400, 'invalid')
    if (!room.checkPairSecret(body.data.secret)) throw wrongAttempt(req)
    wrongCodes.delete(req.ip)
    const current = room.lookup(req.cookies[VENUE_COOKIE])
    if (current.kind === 'removed') throw new Refusal(403, 'removed')
    if (current.kind === 'device' && current.device.role === 'co-trainer') return viewResponse(current.device)
    // A participant's phone paired by a co-trainer becomes the co-trainer's device.
    if (current.kind === 'device') room.leave(current.device.id)
    const { device, token } = room.addDevice('co-trainer', body.data.name)
    setDeviceCookie(reply, token)
    options.onDevicesChanged()
    return viewResponse(device)
  })

  app.get('/api/view', async (req) => viewResponse(await authenticate(req)))

  app.post('/api/items', async (req, reply) => {
    const device = await authenticate(req)
    const body = itemRequestSchema.safeParse(req.body)
    if (!body.success) throw new Refusal(400, 'invalid')
    const { item } = body.data
    if (!mayDeviceSend(device.role, item.kind)) throw new Refusal(403, 'invalid')
    if (options.isPaused()) throw new Refusal(409, 'paused')
    if (item.kind === 'card') await limit(cards, req)
    const outcome = await desk.deliver({ deviceId: device.id, deviceRole: device.role, deviceName: device.name, item })
    if ('busy' in outcome) return reply.code(503).send({ error: 'laptop-busy' })
    return outcome.answer
  })

  app.post('/api/leave', async (req, reply) => {
    const device = await authenticate(req)
    room.leave(device.id)
    closeSockets(device.id, null)
    reply.clearCookie(VENUE_COOKIE, { path: '/' })
    options.onDevicesChanged()
    return reply.code(204).send()
  })

  app.get('/api/live', { websocket: true, preValidation: async (req) => void (await authenticate(req)) }, (connection, req) => {
    const socket = connection as LiveSocket
    const device = deviceOf(req)
    if (!device) {
      socket.close(1008)
      return
    }
    const set = sockets.get(device.id) ?? new Set()
    const wasOnline = set.size > 0
    set.add(socket)
    sockets.set(device.id, set)
    socket.on('close', () => {
      set.delete(socket)
      if (set.size === 0 && sockets.get(device.id) === set) {
        sockets.delete(device.id)
        options.onDevicesChanged()
      }
    })
    // Phones have nothing to say over this socket; what they send is ignored (and capped in size).
    socket.on('message', () => undefined)
    send(socket, { type: 'view', view: options.viewFor(device.role) })
    if (!wasOnline) options.onDevicesChanged()
  })

  function send(socket: LiveSocket, message: VenueLiveMessage | string): void {
    if (socket.readyState === socket.OPEN) socket.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  function closeSockets(deviceId: string, farewell: VenueLiveMessage | null): void {
    const set = sockets.get(deviceId)
    if (!set) return
    sockets.delete(deviceId)
    for (const socket of set) {
      if (farewell) send(socket, farewell)
      socket.close(1000)
    }
  }

  return {
    /** Starts listening on the one address; answers the port. */
    async listen(): Promise<number> {
      await app.listen({ host: options.address, port: options.port })
      const port = (app.server.address() as AddressInfo).port
      expectedHost = hostOf(options.address, port).toLowerCase()
      return port
    },
    async close(): Promise<void> {
      for (const id of [...sockets.keys()]) closeSockets(id, null)
      await app.close()
    },
    /** Sends every connected device its role's view now. */
    pushViews(): void {
      const messages = new Map<DeviceRole, string>()
      const roles = new Map(room.snapshot().devices.map((d) => [d.id, d.role]))
      for (const [deviceId, set] of sockets) {
        const role = roles.get(deviceId)
        if (!role) continue
        const message = messages.get(role) ?? JSON.stringify({ type: 'view', view: options.viewFor(role) } satisfies VenueLiveMessage)
        messages.set(role, message)
        for (const socket of set) send(socket, message)
      }
    },
    /** Tells a removed device so and closes its connections. */
    kick(deviceId: string): void {
      closeSockets(deviceId, { type: 'removed' })
    },
    /** Ids of the devices holding a live connection now. */
    onlineIds: (): Set<string> => new Set(sockets.keys()),
  }
}

export type VenueServer = Awaited<ReturnType<typeof createVenueServer>>

/** `::ffff:127.0.0.1` is how Node reports an IPv4 peer on a dual-stack socket. */
function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
}
