import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createBackupStore, type BackupStore } from '../electron/main/storage/backupStore'
import { openJournalStore, type JournalStore } from '../electron/main/storage/journalStore'
import { stashLegacyPhotoFiles } from '../electron/main/storage/legacyPhotoStash'
import { acceptPhoto, missingPhotos, PhotoRefusedError } from '../electron/main/storage/photoIntake'
import { createPhotoStore, PhotoStoreError, type PhotoStore } from '../electron/main/storage/photoStore'
import { FRAME_CONTENT_TYPE, unframeRequest } from '../shared/ipc/bytesFrame'
import { CHANNELS, type Channel, type ShellNotice } from '../shared/ipc/contract'
import type { JournalSnapshot, SetAsideRow } from '../shared/journal/journalEntry'
import { decodeBytes, encodeBytes } from '../shared/ipc/jsonBytes'
import { fail, ok, type Result } from '../shared/ipc/result'

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

/** A running test server: the built renderer plus the bridge endpoints over one journal folder. */
export interface BridgeServer {
  url: string
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

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  if (req.headers['content-type'] === FRAME_CONTENT_TYPE) return unframeRequest(new Uint8Array(body.buffer, body.byteOffset, body.byteLength))
  const text = body.toString('utf8')
  return text ? (JSON.parse(text) as unknown) : null
}

interface ShellStub {
  notices: ShellNotice[]
  language: 'en' | 'id' | null
  running: boolean
}

async function answer(stores: { journal: JournalStore; backups: BackupStore; photos: PhotoStore; appendFailure: string | null; photoPutDelayMs: number; shell: ShellStub }, channel: Channel, body: unknown, dataFolder: string): Promise<Result<unknown>> {
  const { journal, backups, photos, appendFailure, shell } = stores
  const parsed = CHANNELS[channel].request.safeParse(body === null ? undefined : decodeBytes(body))
  if (!parsed.success) return fail('invalid-argument', parsed.error.message)
  switch (channel) {
    case 'app:get-info':
      return ok({ name: 'Pelatih', version: 'test', platform: 'browser', locale: 'en-US', dataFolder, logFile: join(dataFolder, 'logs', 'main.log') })
    case 'app:take-notices':
      return ok(shell.notices.splice(0))
    case 'app:set-language':
      shell.language = (parsed.data as { language: 'en' | 'id' }).language
      return ok(null)
    case 'app:set-session-running':
      shell.running = (parsed.data as { running: boolean }).running
      return ok(null)
    case 'app:open-external':
      return ok(false)
    case 'journal:append':
      if (appendFailure !== null) return fail('io-error', appendFailure)
      return ok(await journal.append((parsed.data as { changes: never[] }).changes, (parsed.data as { schemaVersion?: number }).schemaVersion))
    case 'journal:read-manifest':
      return ok(journal.manifest())
    case 'journal:read-since': {
      const since = await journal.readSince((parsed.data as { seq: number }).seq)
      await stashLegacyPhotoFiles(photos, since)
      return ok(since)
    }
    case 'journal:reseed':
      await journal.reseed(parsed.data as JournalSnapshot)
      return ok(journal.manifest())
    case 'journal:set-aside':
      return ok(await journal.setAside((parsed.data as { rows: SetAsideRow[] }).rows))
    case 'backup:write': {
      const request = parsed.data as { bytes: Uint8Array; reason: 'manual'; trainings: string[]; counts: Record<string, number>; photos?: string[] }
      return ok(await backups.write(request.bytes, request))
    }
    case 'backup:list':
      return ok(await backups.list())
    case 'backup:read': {
      const { name } = parsed.data as { name: string }
      if (!(await backups.list()).some((b) => b.name === name)) return fail('not-found', `no backup named ${name}`)
      return ok(await backups.read(name))
    }
    case 'photos:put':
      try {
        const stored = await acceptPhoto(photos, (parsed.data as { bytes: Uint8Array }).bytes)
        if (stores.photoPutDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, stores.photoPutDelayMs))
        return ok(stored)
      } catch (error) {
        if (error instanceof PhotoRefusedError) return fail('invalid-argument', error.message)
        throw error
      }
    case 'photos:read':
      try {
        return ok(await photos.read((parsed.data as { hash: string }).hash))
      } catch (error) {
        if (error instanceof PhotoStoreError) return fail(error.problem === 'missing' ? 'not-found' : 'io-error', error.message)
        throw error
      }
    case 'photos:missing':
      return ok(await missingPhotos(photos, (parsed.data as { hashes: string[] }).hashes))
    default:
      return fail('not-found', `${channel} is not available in the browser`)
  }
}

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
export async function startBridgeServer(options: { rendererDir: string; dataFolder: string; port?: number }): Promise<BridgeServer> {
  const root = resolve(options.rendererDir)
  const journal = await openJournalStore(join(options.dataFolder, 'journal'), { photosFolder: join(options.dataFolder, 'photos') })
  const backups = createBackupStore(join(options.dataFolder, 'backups'))
  const photos = createPhotoStore(join(options.dataFolder, 'photos'))
  const counts: Partial<Record<Channel, number>> = {}
  let appendFailure: string | null = null
  let photoPutDelayMs = 0
  const shell: ShellStub = { notices: [], language: null, running: false }
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (req.method === 'POST' && path.startsWith('/__bridge/')) {
      const channel = path.slice('/__bridge/'.length) as Channel
      if (!Object.hasOwn(CHANNELS, channel)) {
        res.writeHead(404).end()
        return
      }
      counts[channel] = (counts[channel] ?? 0) + 1
      readBody(req)
        .then((body) => answer({ journal, backups, photos, appendFailure, photoPutDelayMs, shell }, channel, body, options.dataFolder))
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
      await new Promise<void>((done) => server.close(() => done()))
      server.closeAllConnections()
      await journal.close()
    },
  }
}
