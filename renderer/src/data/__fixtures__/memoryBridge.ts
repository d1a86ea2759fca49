import type { BackupInfo, OpenedFile } from '../../../../shared/ipc/backupTypes'
import type { AppApi, ShellNotice } from '../../../../shared/ipc/contract'
import type {
  DeviceRole,
  RoomState,
  VenueAddress,
  VenueAnswer,
  VenueDelivery,
  VenueDevice,
  VenueItem,
  VenueStatus,
} from '../../../../shared/venue/protocol'
import type { JournalEntryInput, JournalManifest, JournalSnapshotInput, SetAsideRow } from '../../../../shared/journal/journalEntry'
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/migrations/rowMigrations'
import { fail, ok, type ErrorCode } from '../../../../shared/ipc/result'
import { MAX_CHANGES_PER_ENTRY } from '../../../../shared/journal/journalEntry'
import { readImageHeader } from '../../../../shared/photos/imageHeader'
import { photoHashOf } from '../../../../shared/photos/photoHash'
import { photoRefusalMessage } from '../../../../shared/photos/photoRefusal'

/**
 * An in-memory desktop bridge for unit tests; `entries` is the journal after `snapshot`,
 * `down` simulates a broken disk, `quarantined` counts lines the store set aside at open,
 * `appendFailure` makes only appends fail (a full disk, a read-only folder) and
 * `appendThrows` makes them reject as an invoke does when the main process is gone. Entries
 * and the snapshot are kept as on disk (no `schemaVersion` means version 1) and read back as
 * main reads them; `setAside` holds the rows the replay kept in the quarantine file.
 */
export interface MemoryBridge extends AppApi {
  entries: JournalEntryInput[]
  snapshot: JournalSnapshotInput | null
  setAside: SetAsideRow[]
  quarantined: number
  down: boolean
  appendFailure: { code: ErrorCode; message: string } | null
  appendThrows: boolean
  saved: { name: string; bytes: Uint8Array }[]
  backups: { info: BackupInfo; bytes: Uint8Array }[]
  nextOpenFile: OpenedFile | null
  /** The photo store: file bytes by hash. */
  photos: Map<string, Uint8Array>
  /** Notices the shell left for the trainer's page. */
  shellNotices: ShellNotice[]
  /** What the page told the shell: the menu's language and whether a session runs. */
  shell: { language: 'en' | 'id' | null; running: boolean }
  /** The venue link, in memory: what main's venue server would hold and do. */
  venue: MemoryVenue
}

/** An in-memory venue link: phones are simulated with `join` and `deliver`. */
export interface MemoryVenue {
  /** The laptop's addresses startVenue accepts (the first is the Wi-Fi one). */
  addresses: VenueAddress[]
  status: VenueStatus
  /** Every state the page published, oldest first. */
  published: RoomState[]
  /** Every answer the page gave, by delivery id. */
  answers: Map<string, VenueAnswer>
  /** A device joins the room (a participant with the code, or a paired co-trainer). */
  join(role: DeviceRole, name?: string): VenueDevice
  /**
   * A phone sends an item: the page's onVenueDelivery listeners get it, and this resolves with the
   * page's answer (answerVenueItem). Rejects when no page listens, as the server answers 503 then.
   */
  deliver(item: VenueItem, deviceId?: string): Promise<VenueAnswer>
}

/** The room code and port the memory venue hands out (fixed, so tests can name them). */
export const MEMORY_VENUE_CODE = '123456'
export const MEMORY_VENUE_PORT = 8765

function stoppedStatus(): VenueStatus {
  return {
    running: false,
    address: null,
    port: null,
    trainingId: null,
    url: null,
    roomCode: null,
    joinUrl: null,
    pairUrl: null,
    paused: false,
    devices: [],
    reachedFromOtherDeviceAt: null,
  }
}

/** The venue part of the memory bridge: the AppApi venue methods plus the phone simulators. */
function createMemoryVenue(): { venue: MemoryVenue; api: VenueApi } {
  const deliveryListeners = new Set<(delivery: VenueDelivery) => void>()
  const statusListeners = new Set<(status: VenueStatus) => void>()
  const waiting = new Map<string, (answer: VenueAnswer) => void>()
  let nextId = 1
  let codeCount = 0
  const venue: MemoryVenue = {
    addresses: [
      { name: 'Wi-Fi', address: '192.168.1.20', wifi: true },
      { name: 'Ethernet', address: '10.0.0.5', wifi: false },
    ],
    status: stoppedStatus(),
    published: [],
    answers: new Map(),
    join: (role, name) => {
      const now = Date.now()
      const device: VenueDevice = {
        id: `device-${nextId++}`,
        role,
        name: role === 'co-trainer' ? (name ?? 'Co-trainer') : null,
        joinedAt: now,
        lastSeenAt: now,
        online: true,
      }
      venue.status = { ...venue.status, devices: [...venue.status.devices, device] }
      changed()
      return device
    },
    deliver: (item, deviceId) => {
      const device = venue.status.devices.find((d) => d.id === deviceId) ?? venue.status.devices[0] ?? venue.join('participant')
      if (deliveryListeners.size === 0) return Promise.reject(new Error('laptop-busy: no page listens'))
      const deliveryId = `delivery-${nextId++}`
      const answered = new Promise<VenueAnswer>((resolve) => waiting.set(deliveryId, resolve))
      const delivery: VenueDelivery = {
        deliveryId,
        deviceId: device.id,
        deviceRole: device.role,
        deviceName: device.name,
        item: structuredClone(item),
      }
      for (const listener of [...deliveryListeners]) listener(delivery)
      return answered
    },
  }
  const changed = (): VenueStatus => {
    const copy = structuredClone(venue.status)
    for (const listener of [...statusListeners]) listener(structuredClone(copy))
    return copy
  }
  const rotate = (): void => {
    codeCount += 1
    const code = codeCount === 1 ? MEMORY_VENUE_CODE : String(100000 + ((codeCount * 7919) % 900000))
    const url = venue.status.url ?? ''
    venue.status = {
      ...venue.status,
      roomCode: code,
      joinUrl: `${url}/#join=${code}`,
      pairUrl: `${url}/#pair=memory-pair-secret-${codeCount}`,
    }
  }
  const api: VenueApi = {
    listVenueAddresses: () => Promise.resolve(ok(structuredClone(venue.addresses))),
    startVenue: ({ trainingId, address }) => {
      if (!venue.addresses.some((a) => a.address === address))
        return Promise.resolve(fail('invalid-argument', `venue:start: ${address} is not an address of this laptop`))
      const url = `http://${address}:${MEMORY_VENUE_PORT}`
      venue.status = { ...venue.status, running: true, address, port: MEMORY_VENUE_PORT, trainingId, url }
      rotate()
      return Promise.resolve(ok(changed()))
    },
    stopVenue: () => {
      venue.status = { ...stoppedStatus(), devices: venue.status.devices.map((d) => ({ ...d, online: false })) }
      return Promise.resolve(ok(changed()))
    },
    getVenueStatus: () => Promise.resolve(ok(structuredClone(venue.status))),
    rotateVenueCode: () => {
      if (!venue.status.running) return Promise.resolve(fail('invalid-argument', 'venue:rotate-code: the venue link is off'))
      rotate()
      return Promise.resolve(ok(changed()))
    },
    setVenuePaused: ({ paused }) => {
      venue.status = { ...venue.status, paused }
      return Promise.resolve(ok(changed()))
    },
    removeVenueDevice: ({ deviceId }) => {
      if (!venue.status.devices.some((d) => d.id === deviceId))
        return Promise.resolve(fail('not-found', `venue:remove-device: no device ${deviceId}`))
      venue.status = { ...venue.status, devices: venue.status.devices.filter((d) => d.id !== deviceId) }
      return Promise.resolve(ok(changed()))
    },
    publishVenueState: ({ state }) => {
      venue.published.push(structuredClone(state))
      return Promise.resolve(ok(null))
    },
    answerVenueItem: ({ deliveryId, answer }) => {
      const resolve = waiting.get(deliveryId)
      waiting.delete(deliveryId)
      if (resolve === undefined) return Promise.resolve(ok(false))
      venue.answers.set(deliveryId, structuredClone(answer))
      resolve(structuredClone(answer))
      return Promise.resolve(ok(true))
    },
    onVenueDelivery: (listener) => {
      deliveryListeners.add(listener)
      return () => deliveryListeners.delete(listener)
    },
    onVenueStatus: (listener) => {
      statusListeners.add(listener)
      return () => statusListeners.delete(listener)
    },
  }
  return { venue, api }
}

type VenueApi = Pick<
  AppApi,
  | 'listVenueAddresses'
  | 'startVenue'
  | 'stopVenue'
  | 'getVenueStatus'
  | 'rotateVenueCode'
  | 'setVenuePaused'
  | 'removeVenueDevice'
  | 'publishVenueState'
  | 'answerVenueItem'
  | 'onVenueDelivery'
  | 'onVenueStatus'
>

/** Creates an in-memory bridge with an empty journal. */
export function createMemoryBridge(): MemoryBridge {
  const venue = createMemoryVenue()
  const bridge: MemoryBridge = {
    venue: venue.venue,
    ...venue.api,
    entries: [],
    snapshot: null,
    setAside: [],
    quarantined: 0,
    down: false,
    appendFailure: null,
    appendThrows: false,
    saved: [],
    backups: [],
    nextOpenFile: null,
    photos: new Map(),
    shellNotices: [],
    shell: { language: null, running: false },
    putPhoto: ({ bytes }) => {
      if (bridge.down) return Promise.resolve(fail('io-error', 'disk unavailable'))
      const header = readImageHeader(bytes)
      if (!header.ok) {
        const refusal =
          header.problem === 'notImage'
            ? { problem: 'notImage' as const }
            : { problem: 'tooManyPixels' as const, width: header.width ?? 0, height: header.height ?? 0 }
        return Promise.resolve(fail('invalid-argument', `photos:put: ${photoRefusalMessage(refusal)}`))
      }
      const hash = photoHashOf(bytes)
      bridge.photos.set(hash, Uint8Array.from(bytes))
      return Promise.resolve(ok({ hash, mime: header.mime, width: header.width, height: header.height, bytes: bytes.byteLength }))
    },
    readPhoto: ({ hash }) => {
      const bytes = bridge.photos.get(hash)
      return Promise.resolve(bytes ? ok(Uint8Array.from(bytes)) : fail('not-found', `photo ${hash} is not in the store`))
    },
    missingPhotos: ({ hashes }) => Promise.resolve(ok([...new Set(hashes)].filter((h) => !bridge.photos.has(h)))),
    getAppInfo: () =>
      Promise.resolve(
        ok({ name: 'Pelatih', version: '0.0.0', platform: 'test', locale: 'en-US', dataFolder: '/tmp', logFile: '/tmp/logs/main.log' }),
      ),
    openExternal: () => Promise.resolve(ok(false)),
    appendJournal: ({ changes, schemaVersion }) => {
      if (bridge.down) return Promise.resolve(fail('io-error', 'disk unavailable'))
      if (bridge.appendThrows) return Promise.reject(new Error('No handler registered for journal:append'))
      if (bridge.appendFailure) return Promise.resolve(fail(bridge.appendFailure.code, bridge.appendFailure.message))
      // The contract refuses an entry this large before it reaches the journal.
      if (changes.length > MAX_CHANGES_PER_ENTRY)
        return Promise.resolve(fail('invalid-argument', `changes: Too big: expected array to have <=${MAX_CHANGES_PER_ENTRY} items`))
      const seq = lastSeqOf(bridge) + 1
      bridge.entries.push({
        seq,
        at: Date.now(),
        schemaVersion: schemaVersion ?? CURRENT_SCHEMA_VERSION,
        changes: structuredClone(changes),
      })
      return Promise.resolve(ok({ seq }))
    },
    readJournalManifest: () => {
      if (bridge.down) return Promise.resolve(fail('io-error', 'disk unavailable'))
      return Promise.resolve(ok(manifestOf(bridge)))
    },
    readJournalSince: ({ seq }) => {
      const snapshotSeq = bridge.snapshot?.seq ?? 0
      const snapshot =
        bridge.snapshot === null ? null : { ...structuredClone(bridge.snapshot), schemaVersion: bridge.snapshot.schemaVersion ?? 1 }
      const after = (from: number) =>
        bridge.entries.filter((e) => e.seq > from).map((e) => ({ ...structuredClone(e), schemaVersion: e.schemaVersion ?? 1 }))
      if (seq < snapshotSeq) return Promise.resolve(ok({ snapshot, entries: after(snapshotSeq) }))
      return Promise.resolve(ok({ snapshot: null, entries: after(seq) }))
    },
    reseedJournal: ({ seq, tables, schemaVersion }) => {
      if (bridge.down) return Promise.resolve(fail('io-error', 'disk unavailable'))
      bridge.snapshot = { seq, schemaVersion: schemaVersion ?? CURRENT_SCHEMA_VERSION, tables: structuredClone(tables) }
      bridge.entries = bridge.entries.filter((e) => e.seq > seq)
      reseeded.add(bridge)
      return Promise.resolve(ok(manifestOf(bridge)))
    },
    setAsideJournalRows: ({ rows }) => {
      if (bridge.down) return Promise.resolve(fail('io-error', 'disk unavailable'))
      bridge.setAside.push(...structuredClone(rows))
      return Promise.resolve(ok({ file: QUARANTINE_FILE, count: rows.length }))
    },
    saveBytes: (request) => {
      bridge.saved.push({ name: request.suggestedName, bytes: request.bytes })
      return Promise.resolve(ok({ saved: true, fileName: request.suggestedName }))
    },
    openFile: () => Promise.resolve(ok(bridge.nextOpenFile)),
    writeBackup: (request) => {
      const info = {
        name: `pelatih-backup-${bridge.backups.length + 1}.json`,
        createdAt: Date.now(),
        reason: request.reason,
        trainings: request.trainings,
        counts: request.counts,
        bytes: request.bytes.byteLength,
      }
      bridge.backups.unshift({ info, bytes: request.bytes })
      return Promise.resolve(ok(info))
    },
    listBackups: () => Promise.resolve(ok(bridge.backups.map((b) => b.info))),
    readBackup: ({ name }) => {
      const found = bridge.backups.find((b) => b.info.name === name)
      return Promise.resolve(found ? ok(found.bytes) : fail('not-found', name))
    },
    openProjector: () => Promise.resolve(ok({ onSecondDisplay: false })),
    onMenuCommand: () => () => undefined,
    takeShellNotices: () => Promise.resolve(ok(bridge.shellNotices.splice(0))),
    setMenuLanguage: ({ language }) => {
      bridge.shell.language = language
      return Promise.resolve(ok(null))
    },
    setSessionRunning: ({ running }) => {
      bridge.shell.running = running
      return Promise.resolve(ok(null))
    },
    onShellNotice: () => () => undefined,
  }
  return bridge
}

const reseeded = new WeakSet<MemoryBridge>()

/** Where the memory bridge says damaged lines and refused rows are kept. */
export const QUARANTINE_FILE = '/tmp/journal/journal.quarantine.ndjson'

function lastSeqOf(bridge: MemoryBridge): number {
  return Math.max(bridge.snapshot?.seq ?? 0, bridge.entries.at(-1)?.seq ?? 0)
}

/** The manifest the real store would give: incomplete when entries do not continue from the snapshot. */
function manifestOf(bridge: MemoryBridge): JournalManifest {
  const snapshotSeq = bridge.snapshot?.seq ?? 0
  const continuous = bridge.entries.every((e, i) => e.seq === snapshotSeq + i + 1)
  // Lines set aside leave gaps of their own; a gap beyond them is a part of the copy that is gone.
  const gaps = bridge.entries.reduce((sum, e, i) => sum + e.seq - ((bridge.entries[i - 1]?.seq ?? snapshotSeq) + 1), 0)
  const complete = continuous && bridge.snapshot?.incomplete !== true && (bridge.quarantined === 0 || reseeded.has(bridge))
  return {
    lastSeq: lastSeqOf(bridge),
    snapshotSeq,
    entryCount: bridge.entries.length,
    bytes: 0,
    complete,
    missingPart: (gaps > bridge.quarantined && !reseeded.has(bridge)) || bridge.snapshot?.incomplete === true,
    quarantined: bridge.quarantined,
    unverified: 0,
    quarantineFile: QUARANTINE_FILE,
    newestSchemaVersion: bridge.entries.reduce((newest, e) => Math.max(newest, e.schemaVersion ?? 1), bridge.snapshot?.schemaVersion ?? 1),
  }
}
