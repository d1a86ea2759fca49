import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { VenueDelivery, VenueStatus } from '../../../shared/venue/protocol'
import { createVenueHost, type VenueHost } from './venueHost'
import type { VenueLimits } from './venueServer'

/** The address the tests serve on (loopback; 127.0.0.2 stands in for another interface). */
export const TEST_ADDRESS = '127.0.0.1'

/** A page folder as the phone page's build leaves it: index.html and hashed assets. */
export async function makePageDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'venue-page-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Pelatih</title><script type="module" src="/assets/app-1.js"></script>')
  await writeFile(join(dir, 'assets', 'app-1.js'), 'console.log("phone")')
  return dir
}

/** A venue host over temporary folders that records what it told the trainer's window. */
export async function startTestHost(
  options: {
    folder?: string
    pageDir?: string
    limits?: Partial<VenueLimits>
    now?: () => number
    deliveryTimeoutMs?: number
    /** Whether a trainer's window listens for deliveries. */
    windowOpen?: () => boolean
  } = {},
) {
  const folder = options.folder ?? (await mkdtemp(join(tmpdir(), 'venue-data-')))
  const pageDir = options.pageDir ?? (await makePageDir())
  const deliveries: VenueDelivery[] = []
  const statuses: VenueStatus[] = []
  const host: VenueHost = createVenueHost({
    folder,
    pageDir,
    addresses: () => [{ name: 'lo', address: TEST_ADDRESS, wifi: false }],
    deliver: (delivery) => {
      if (options.windowOpen && !options.windowOpen()) return false
      deliveries.push(delivery)
      return true
    },
    statusChanged: (status) => statuses.push(status),
    preferredPort: 0,
    deliveryTimeoutMs: options.deliveryTimeoutMs ?? 10_000,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.now ? { now: options.now } : {}),
  })
  const status = await host.start('training-1', TEST_ADDRESS)
  const port = status.port ?? 0
  const origin = `http://${TEST_ADDRESS}:${port}`
  return { host, folder, pageDir, deliveries, statuses, status, port, origin }
}

export interface TestResponse {
  status: number
  headers: IncomingHttpHeaders
  text: string
  json: unknown
}

/**
 * One HTTP request with exactly these headers (fetch would set Host and Origin itself). By
 * default it names the server's own host, and a write carries the server's own origin.
 */
export function send(
  port: number,
  method: string,
  path: string,
  options: {
    host?: string
    origin?: string | null
    cookie?: string
    body?: unknown
    rawBody?: string
    contentType?: string
    address?: string
  } = {},
): Promise<TestResponse> {
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  const headers: Record<string, string> = { host: options.host ?? `${TEST_ADDRESS}:${port}` }
  const origin = options.origin === undefined ? (method === 'GET' ? null : `http://${TEST_ADDRESS}:${port}`) : options.origin
  if (origin !== null) headers['origin'] = origin
  if (options.cookie) headers['cookie'] = options.cookie
  if (body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json'
    headers['content-length'] = String(Buffer.byteLength(body))
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: options.address ?? TEST_ADDRESS, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = JSON.parse(text) as unknown
        } catch {
          json = null
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** The `name=value` part of the venue cookie a response set. */
export function cookieOf(response: TestResponse): string {
  const set = response.headers['set-cookie']?.[0] ?? ''
  return set.split(';')[0] ?? ''
}

/** A participant joins with the room code; answers its cookie. */
export async function joinAsParticipant(port: number, code: string): Promise<string> {
  const response = await send(port, 'POST', '/api/join', { body: { code } })
  if (response.status !== 200) throw new Error(`join answered ${response.status} ${response.text}`)
  return cookieOf(response)
}

/** A co-trainer pairs with the secret of the pairing URL; answers its cookie. */
export async function pairAsCoTrainer(port: number, pairUrl: string, name: string): Promise<string> {
  const secret = pairUrl.split('#pair=')[1] ?? ''
  const response = await send(port, 'POST', '/api/pair', { body: { secret, name } })
  if (response.status !== 200) throw new Error(`pair answered ${response.status} ${response.text}`)
  return cookieOf(response)
}

/** The parts of a WebSocket client the tests use. */
export interface TestSocket {
  on(event: 'message', listener: (data: Buffer) => void): void
  on(event: 'close', listener: (code: number) => void): void
  on(event: 'open' | 'error', listener: (error?: Error) => void): void
  send(data: string): void
  close(): void
}

// ws ships no types here; it is what @fastify/websocket itself runs on.
const { WebSocket: WsClient } = createRequire(import.meta.url)('ws') as {
  WebSocket: new (url: string, options: { headers: Record<string, string> }) => TestSocket
}

/** Opens GET /api/live with these headers; `messages` collects what the server sent. */
export function openLive(port: number, headers: Record<string, string>) {
  const socket = new WsClient(`ws://${TEST_ADDRESS}:${port}/api/live`, {
    headers: { host: `${TEST_ADDRESS}:${port}`, origin: `http://${TEST_ADDRESS}:${port}`, ...headers },
  })
  const messages: unknown[] = []
  socket.on('message', (data) => messages.push(JSON.parse(data.toString('utf8')) as unknown))
  const opened = new Promise<number>((resolve) => {
    socket.on('open', () => resolve(101))
    // ws tells a refused upgrade as an error "Unexpected server response: <status>".
    socket.on('error', (error) => resolve(Number(/(\d{3})/.exec(error?.message ?? '')?.[1] ?? 0)))
  })
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
  return { socket, messages, opened, closed }
}
