import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { appChannels } from '../electron/main/channels/appChannels'
import { backupChannels } from '../electron/main/channels/backupChannels'
import { IpcError } from '../electron/main/channels/ipcError'
import { journalChannels } from '../electron/main/channels/journalChannels'
import { photoChannels } from '../electron/main/channels/photoChannels'
import { shellChannels } from '../electron/main/channels/shellChannels'
import { venueChannels } from '../electron/main/channels/venueChannels'
import { runChannel, type ChannelHandler, type ChannelTable } from '../electron/main/channels/runChannel'
import { createBackupStore, type BackupStore } from '../electron/main/storage/backupStore'
import { openJournalStore, type JournalStore } from '../electron/main/storage/journalStore'
import { createPhotoStore, type PhotoStore } from '../electron/main/storage/photoStore'
import { createVenueHost, type VenueHost } from '../electron/main/venue/venueHost'
import type { VenueLimits } from '../electron/main/venue/venueServer'
import { FRAME_CONTENT_TYPE, unframeRequest } from '../shared/ipc/bytesFrame'
import { CHANNELS, VENUE_DELIVERY_EVENT_CHANNEL, VENUE_STATUS_EVENT_CHANNEL, type Channel, type ShellNotice } from '../shared/ipc/contract'
import { decodeBytes, encodeBytes } from '../shared/ipc/jsonBytes'
import { fail } from '../shared/ipc/result'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** The address the browser tests' venue link listens on, standing in for the laptop's Wi-Fi one. */
export const TEST_VENUE_ADDRESS = '127.0.0.2'

/** Where the browser fallback hears main's events (as renderer/src/platform/httpBridge.ts names it). */
const EVENTS_PATH = '/__bridge-events'

/** A running test server: the built renderer plus the bridge endpoints over one journal folder. */
export interface BridgeServer {
  url: string
  /** Main's very venue host, serving phones on {@link TEST_VENUE_ADDRESS}. */
  venue: VenueHost
  journal: JournalStore
  backups: BackupStore
  photos: PhotoStore
  /** How many requests each bridge channel has answered so far (a copy; tests only read it). */
  requestCounts(): Partial<Record<Channel, number>>
  /** Test-only: makes every journal append fail with this io-error message (a full disk), or work again with null. */
  failAppends(message: string | null): void
  /**
   * Test-only: answers every photos:put this long after its file is on disk, so a kill can land
   * between the file write and the row's commit (0 answers at once).
   */
  delayPhotoPuts(ms: number): void
  /** Test-only: leaves a notice for the trainer's page, as main does after reloading a crashed window. */
  postShellNotice(notice: ShellNotice): void
  /** What the page told the shell: the menu's language and whether a session runs. */
  shellState(): { language: 'en' | 'id' | null; running: boolean }
  close(): Promise<void>
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const body = await readRaw(req)
  if (req.headers['content-type'] === FRAME_CONTENT_TYPE)
    return unframeRequest(new Uint8Array(body.buffer, body.byteOffset, body.byteLength))
  const text = body.toString('utf8')
  return text ? (JSON.parse(text) as unknown) : null
}

interface ShellStub {
  notices: ShellNotice[]
  language: 'en' | 'id' | null
  running: boolean
}

/**
 * The channels main registers with ipcMain, the very same handler factories, so every browser
 * test runs main's checks (row validation, backup limits, photo intake). Saving and opening files
 * are the browser's own (a download, a file picker) and the projector is a second tab, so those
 * channels never reach this server.
 */
function mainChannels(stores: { journal: JournalStore; backups: BackupStore; photos: PhotoStore }, dataFolder: string): ChannelTable {
  const facts = {
    getName: () => 'Pelatih',
    getVersion: () => 'test',
    getLocale: () => 'en-US',
    getPreferredSystemLanguages: () => [],
    getPath: () => dataFolder,
  }
  return {
    ...appChannels(facts, 'browser', () => false, join(dataFolder, 'logs', 'main.log')),
    ...journalChannels(Promise.resolve(stores.journal), stores.photos),
    ...backupChannels(stores.backups),
    ...photoChannels(stores.photos),
  }
}

/** The one page the server serves stands in for the trainer's window (limits are kept per window). */
const BROWSER_CALLER = { sender: { id: 1 } }

async function serveFile(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^([/\\])+/, '')
  const file = resolve(root, relative || 'index.html')
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(403).end()
    return
  }
  const info = await stat(file).catch(() => null)
  const target = info?.isFile() ? file : join(root, 'index.html')
  res.writeHead(200, { 'content-type': MIME[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
  createReadStream(target).pipe(res)
}

/**
 * Serves the built renderer on 127.0.0.1 and answers the browser fallback of the desktop bridge
 * with the same journal store the Electron main process uses, on a folder of the test's.
 */
export async function startBridgeServer(options: {
  rendererDir: string
  dataFolder: string
  port?: number
  /**
   * Benchmarks only: more POST paths answered with what their handler resolves to, as JSON (the
   * autosave bench times a bare fsync'd append over the very transport the bridge uses).
   */
  extraRoutes?: Record<string, (body: Buffer) => Promise<unknown>>
  /** The built phone page; default `out/venue` beside the renderer folder. */
  venuePageDir?: string
  /** The venue link's limits (the benchmark's 40 phones all come from one address). */
  venueLimits?: Partial<VenueLimits>
}): Promise<BridgeServer> {
  const root = resolve(options.rendererDir)
  const journal = await openJournalStore(join(options.dataFolder, 'journal'), { photosFolder: join(options.dataFolder, 'photos') })
  const backups = createBackupStore(join(options.dataFolder, 'backups'))
  const photos = createPhotoStore(join(options.dataFolder, 'photos'))
  const counts: Partial<Record<Channel, number>> = {}
  let appendFailure: string | null = null
  let photoPutDelayMs = 0
  const shell: ShellStub = { notices: [], language: null, running: false }
  // Main's events reach the page as server-sent events (the preload's ipcRenderer.on in the app).
  const eventStreams = new Set<ServerResponse>()
  const broadcast = (channel: string, payload: unknown): boolean => {
    for (const stream of eventStreams) stream.write(`event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`)
    return eventStreams.size > 0
  }
  const venue = createVenueHost({
    folder: options.dataFolder,
    pageDir: options.venuePageDir ?? join(root, '..', 'venue'),
    addresses: () => [{ name: 'Wi-Fi', address: TEST_VENUE_ADDRESS, wifi: true }],
    deliver: (delivery) => broadcast(VENUE_DELIVERY_EVENT_CHANNEL, delivery),
    statusChanged: (status) => void broadcast(VENUE_STATUS_EVENT_CHANNEL, status),
    preferredPort: 0,
    ...(options.venueLimits ? { limits: options.venueLimits } : {}),
  })
  const channels = { ...mainChannels({ journal, backups, photos }, options.dataFolder), ...venueChannels(venue) }
  const append = channels['journal:append']
  if (append === undefined) throw new Error('journal:append has no handler')
  channels['journal:append'] = (request, caller) => {
    if (appendFailure !== null) throw new IpcError('io-error', appendFailure)
    return append(request, caller)
  }
  const put = channels['photos:put']
  if (put === undefined) throw new Error('photos:put has no handler')
  channels['photos:put'] = async (request, caller) => {
    const stored = await put(request, caller)
    // A kill can then land between the file write and the row's commit.
    if (photoPutDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, photoPutDelayMs))
    return stored
  }
  // Main's menu and power saving are Electron's; the page's side of these channels is tested here.
  Object.assign(
    channels,
    shellChannels({
      takeNotices: () => shell.notices.splice(0),
      setMenuLanguage: (language) => {
        shell.language = language
      },
      setSessionRunning: (running) => {
        shell.running = running
      },
    }),
  )
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    const extra = req.method === 'POST' ? options.extraRoutes?.[path] : undefined
    if (extra !== undefined) {
      readRaw(req)
        .then(extra)
        .then((answer) => {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(answer ?? null))
        })
        .catch(() => res.destroy())
      return
    }
    if (req.method === 'GET' && path === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(': open\n\n')
      eventStreams.add(res)
      req.on('close', () => eventStreams.delete(res))
      return
    }
    if (req.method === 'POST' && path.startsWith('/__bridge/')) {
      const channel = path.slice('/__bridge/'.length) as Channel
      if (!Object.hasOwn(CHANNELS, channel)) {
        res.writeHead(404).end()
        return
      }
      counts[channel] = (counts[channel] ?? 0) + 1
      readBody(req)
        .then((body) => {
          const fn = channels[channel] as ChannelHandler<Channel> | undefined
          if (fn === undefined) return fail('not-found', `${channel} is not available in the browser`)
          return runChannel(channel, fn, body === null ? undefined : decodeBytes(body), BROWSER_CALLER)
        })
        .catch((error: unknown) => fail('io-error', error instanceof Error ? error.message : String(error)))
        .then((result) => {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(encodeBytes(result)))
        })
        .catch(() => res.destroy())
      return
    }
    serveFile(root, path, res).catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    venue,
    journal,
    backups,
    photos,
    requestCounts: () => ({ ...counts }),
    failAppends: (message) => {
      appendFailure = message
    },
    delayPhotoPuts: (ms) => {
      photoPutDelayMs = ms
    },
    postShellNotice: (notice) => {
      shell.notices.push(notice)
    },
    shellState: () => ({ language: shell.language, running: shell.running }),
    close: async () => {
      await venue.stop()
      // An open event stream would hold server.close() forever.
      for (const stream of eventStreams) stream.end()
      eventStreams.clear()
      await new Promise<void>((done) => server.close(() => done()))
      server.closeAllConnections()
      await journal.close()
    },
  }
}
