import type { OpenedFile } from '../../../shared/ipc/backupTypes'
import { FRAME_CONTENT_TYPE, frameRequest, hasBytes } from '../../../shared/ipc/bytesFrame'
import {
  VENUE_DELIVERY_EVENT_CHANNEL,
  VENUE_STATUS_EVENT_CHANNEL,
  type AppApi,
  type Channel,
  type MenuCommand,
  type ResponseMap,
} from '../../../shared/ipc/contract'
import { decodeBytes, encodeBytes } from '../../../shared/ipc/jsonBytes'
import { fail, ok, type Result } from '../../../shared/ipc/result'

/** Where the browser fallback sends its calls: `${origin}${BRIDGE_PATH}/<channel>`. */
export const BRIDGE_PATH = '/__bridge'

/**
 * Where the browser fallback hears main's events (server-sent events named by their channel,
 * e.g. `venue:delivery`, with the payload as JSON), as the preload hears them over IPC.
 */
export const BRIDGE_EVENTS_PATH = '/__bridge-events'

async function call<C extends Channel>(origin: string, channel: C, request: unknown): Promise<Result<ResponseMap[C]>> {
  try {
    const response = await fetch(`${origin}${BRIDGE_PATH}/${channel}`, {
      method: 'POST',
      // A file (a backup of a large training is megabytes) goes as it is: base64 in JSON would
      // hold the main thread for hundreds of milliseconds.
      ...(hasBytes(request)
        ? { headers: { 'content-type': FRAME_CONTENT_TYPE }, body: new Blob(frameRequest(request) as BlobPart[]) }
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(encodeBytes(request ?? null)) }),
    })
    if (!response.ok) return fail('io-error', `HTTP ${response.status}`)
    return decodeBytes(await response.json()) as Result<ResponseMap[C]>
  } catch (error) {
    return fail('io-error', error instanceof Error ? error.message : String(error))
  }
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The browser's own file picker standing in for the open dialog; resolves null when cancelled. */
function pickFile(extensions: readonly string[], maxBytes: number): Promise<Result<OpenedFile | null>> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = extensions.map((e) => `.${e}`).join(',')
    input.dataset.testid = 'bridge-file-input'
    input.style.display = 'none'
    const done = (result: Result<OpenedFile | null>) => {
      input.remove()
      resolve(result)
    }
    input.addEventListener('cancel', () => done(ok(null)))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return done(ok(null))
      if (file.size > maxBytes) return done(fail('invalid-argument', `file too large: ${file.size} bytes`))
      void file.arrayBuffer().then((buffer) => done(ok({ fileName: file.name, bytes: new Uint8Array(buffer) })))
    })
    document.body.append(input)
    input.click()
  })
}

/**
 * One EventSource for all of main's events, opened when the first listener subscribes and closed
 * when the last one leaves (nothing is opened where no page listens, e.g. in jsdom).
 */
function createEventHub(origin: string) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let source: EventSource | null = null
  const relays = new Map<string, (event: MessageEvent<string>) => void>()
  const relayOf = (channel: string) => (event: MessageEvent<string>) => {
    let payload: unknown
    try {
      payload = JSON.parse(event.data) as unknown
    } catch {
      return
    }
    if (typeof payload !== 'object' || payload === null) return
    for (const listener of [...(listeners.get(channel) ?? [])]) listener(payload)
  }
  const open = (): void => {
    if (source !== null || typeof EventSource === 'undefined') return
    source = new EventSource(`${origin}${BRIDGE_EVENTS_PATH}`)
    for (const channel of listeners.keys()) attach(channel)
  }
  const attach = (channel: string): void => {
    if (source === null || relays.has(channel)) return
    const relay = relayOf(channel)
    relays.set(channel, relay)
    source.addEventListener(channel, relay as EventListener)
  }
  return <T>(channel: string, listener: (payload: T) => void): (() => void) => {
    const wrapped = listener as (payload: unknown) => void
    const set = listeners.get(channel) ?? new Set()
    listeners.set(channel, set)
    set.add(wrapped)
    open()
    attach(channel)
    return () => {
      set.delete(wrapped)
      if ([...listeners.values()].every((s) => s.size === 0) && source !== null) {
        source.close()
        source = null
        relays.clear()
      }
    }
  }
}

/**
 * The bridge outside Electron. Journal and backup calls go over HTTP to a server running the
 * same storage modules as main; saving a file becomes a download and opening one uses the
 * browser's file picker; there is no application menu.
 */
export function createHttpBridge(origin: string): AppApi {
  const menuListeners = new Set<(command: MenuCommand) => void>()
  const subscribe = createEventHub(origin)
  return {
    getAppInfo: () => call(origin, 'app:get-info', null),
    openExternal: (url) => call(origin, 'app:open-external', { url }),
    appendJournal: (request) => call(origin, 'journal:append', request),
    readJournalManifest: () => call(origin, 'journal:read-manifest', null),
    readJournalSince: (request) => call(origin, 'journal:read-since', request),
    reseedJournal: (request) => call(origin, 'journal:reseed', request),
    setAsideJournalRows: (request) => call(origin, 'journal:set-aside', request),
    saveBytes: (request) => {
      download(request.bytes, request.suggestedName)
      return Promise.resolve({ ok: true, value: { saved: true, fileName: request.suggestedName } })
    },
    openFile: (request) => pickFile(request.extensions, request.maxBytes),
    writeBackup: (request) => call(origin, 'backup:write', request),
    listBackups: () => call(origin, 'backup:list', null),
    readBackup: (request) => call(origin, 'backup:read', request),
    putPhoto: (request) => call(origin, 'photos:put', request),
    readPhoto: (request) => call(origin, 'photos:read', request),
    missingPhotos: (request) => call(origin, 'photos:missing', request),
    openProjector: ({ trainingId }) => {
      // A second page of the same origin shares the database, so it follows live; the named
      // target keeps one projector page, as the desktop keeps one projector window.
      const opened = window.open(`#/projector/${encodeURIComponent(trainingId)}`, 'pelatih-projector')
      return Promise.resolve(opened ? ok({ onSecondDisplay: false }) : fail('internal', 'the browser blocked the new window'))
    },
    onMenuCommand: (listener) => {
      menuListeners.add(listener)
      return () => menuListeners.delete(listener)
    },
    takeShellNotices: () => call(origin, 'app:take-notices', null),
    setMenuLanguage: (request) => call(origin, 'app:set-language', request),
    setSessionRunning: (request) => call(origin, 'app:set-session-running', request),
    // Nothing pushes in the browser: notices are taken when the page starts.
    onShellNotice: () => () => undefined,
    // The venue link: the test server hosts main's very venue module (on 127.0.0.2).
    listVenueAddresses: () => call(origin, 'venue:list-addresses', null),
    startVenue: (request) => call(origin, 'venue:start', request),
    stopVenue: () => call(origin, 'venue:stop', null),
    getVenueStatus: () => call(origin, 'venue:status', null),
    rotateVenueCode: () => call(origin, 'venue:rotate-code', null),
    setVenuePaused: (request) => call(origin, 'venue:set-paused', request),
    removeVenueDevice: (request) => call(origin, 'venue:remove-device', request),
    publishVenueState: (request) => call(origin, 'venue:publish', request),
    answerVenueItem: (request) => call(origin, 'venue:answer', request),
    onVenueDelivery: (listener) => subscribe(VENUE_DELIVERY_EVENT_CHANNEL, listener),
    onVenueStatus: (listener) => subscribe(VENUE_STATUS_EVENT_CHANNEL, listener),
  }
}
