import { z } from 'zod'
import {
  changeSchema,
  journalSnapshotSchema,
  setAsideRowSchema,
  MAX_CHANGES_PER_ENTRY,
  type JournalManifest,
  type JournalSince,
  type SetAsideResult,
} from '../journal/journalEntry'
import { BACKUP_REASONS, type BackupInfo, type OpenedFile } from './backupTypes'
import { idSchema } from '../model/common'
import { PHOTO_MAX_BYTES } from '../model/photo'
import type { PhotoMime } from '../photos/imageHeader'
import { photoHashSchema } from '../photos/photoHash'
import type { Result } from './result'
import type { VenueAddress, VenueDelivery, VenueStatus } from '../venue/protocol'
import { roomStateSchema, venueAnswerSchema } from '../venue/roomStateSchema'

/** Largest file the renderer may hand to main to save (200 MB). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024

/** A photo file main accepted and stored: its hash, and what its header says. */
export interface StoredPhoto {
  hash: string
  mime: PhotoMime
  width: number
  height: number
  /** Size of the file in bytes. */
  bytes: number
}

/** Most hashes one photos:missing call may ask about. */
export const MAX_PHOTO_HASHES = 100_000

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['new-training', 'go-home', 'toggle-language', 'show-about'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** Facts about the running app, shown in About and used for backups. */
export interface AppInfo {
  name: string
  version: string
  platform: string
  /** The operating system's preferred language, e.g. `id-ID`. */
  locale: string
  /** Where the on-disk copy lives, for the user to back up (never sent back to main). */
  dataFolder: string
  /** The app's log file (for support; it never holds typed text), null when there is none. */
  logFile: string | null
}

/** Which of the app's windows something happened to. */
export type ShellWindowRole = 'trainer' | 'projector'

/** Something the desktop shell did on its own that the trainer should know about. */
export interface ShellNotice {
  window: ShellWindowRole
  /** The page's process died, hung and was restarted, or the page failed to load: it was reloaded. */
  cause: 'crashed' | 'unresponsive' | 'load-failed'
  /** When, in ms since the epoch. */
  at: number
}

/** What a save-dialog call did. */
export interface SaveResult {
  saved: boolean
  /** The file name the user chose (no folder), when saved. */
  fileName: string | null
}

/** Where the projector window went. */
export interface ProjectorOpened {
  /** True when it opened full screen on a second display, false when it shares the trainer's. */
  onSecondDisplay: boolean
}

/**
 * Every channel between renderer and main, declared once: the request schema (parsed in main
 * before anything is done) and the response type.
 */
export const CHANNELS = {
  /** Name, version, platform, locale and data folder of the app. */
  'app:get-info': { request: z.undefined() },
  /** Opens an https URL in the system browser; anything else is refused. */
  'app:open-external': { request: z.object({ url: z.string().max(2048) }) },
  /** Appends one committed transaction to the on-disk journal (append + fsync). */
  'journal:append': {
    request: z.object({
      changes: z.array(changeSchema).min(1).max(MAX_CHANGES_PER_ENTRY),
      /**
       * The schema version of the rows: the renderer's CURRENT_SCHEMA_VERSION. Main, the same
       * build, stamps its own when a caller leaves it out.
       */
      schemaVersion: z.number().int().positive().optional(),
    }),
  },
  /** Reads the journal's manifest: last sequence number, snapshot, size. */
  'journal:read-manifest': { request: z.undefined() },
  /** Reads what was journaled after a sequence number (snapshot first when needed). */
  'journal:read-since': { request: z.object({ seq: z.number().int().nonnegative() }) },
  /** Replaces an incomplete disk copy with every row of the database as of a seq. */
  'journal:reseed': {
    request: journalSnapshotSchema.omit({ incomplete: true }).extend({ schemaVersion: z.number().int().positive().optional() }),
  },
  /**
   * Keeps journaled rows the replay refused (a row that does not fit the model, a line of
   * another app's) in the quarantine file beside the journal, with why: never written, never
   * silently dropped.
   */
  'journal:set-aside': { request: z.object({ rows: z.array(setAsideRowSchema).min(1).max(MAX_CHANGES_PER_ENTRY) }) },
  /** Asks the user where to save, then writes the bytes atomically. */
  'files:save-bytes': {
    request: z.object({
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        .refine((n) => !/[\\/]/.test(n), 'a file name, not a path'),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVE_BYTES, 'file too large'),
      filterName: z.string().max(80),
      extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(8),
    }),
  },
  /** Writes a rolling backup (an export file) atomically, then applies the retention rule. */
  'backup:write': {
    request: z.object({
      // No size cap: a backup refused for its size would leave the trainer with none at all.
      bytes: z.instanceof(Uint8Array),
      reason: z.enum(BACKUP_REASONS),
      trainings: z.array(z.string().max(500)),
      counts: z.record(z.string().max(60), z.number().int().nonnegative()),
      /** The photo files the backup's rows name: it shares them with the photo store, which keeps them while the backup is kept. */
      photos: z.array(photoHashSchema).max(MAX_PHOTO_HASHES).optional(),
    }),
  },
  /**
   * Stores an image file in the photo store (once per content). Main reads the type and size
   * from the bytes and refuses anything that is not a JPEG, PNG or WebP, or is over 100 megapixels.
   */
  'photos:put': {
    request: z.object({
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= PHOTO_MAX_BYTES, 'photo file too large'),
    }),
  },
  /** Reads a stored image by its hash, checked against it (the only way the renderer sees photo files). */
  'photos:read': { request: z.object({ hash: photoHashSchema }) },
  /** Answers which of these hashes have no file in the store. */
  'photos:missing': { request: z.object({ hashes: z.array(photoHashSchema).max(MAX_PHOTO_HASHES) }) },
  /** Opens (or brings forward) the projector window of a training, on the second display when there is one. */
  'projector:open': { request: z.object({ trainingId: idSchema }) },
  /** Lists the rolling backups, newest first. */
  'backup:list': { request: z.undefined() },
  /** Hands the trainer's page what the shell did meanwhile (a window reloaded after a crash), once. */
  'app:take-notices': { request: z.undefined() },
  /** The language the user chose in the app, so the application menu speaks it too. */
  'app:set-language': { request: z.object({ language: z.enum(['en', 'id']) }) },
  /**
   * Whether a session (or the activity timer) is running: while it is, the windows' timers are
   * not throttled behind other windows and the display does not sleep.
   */
  'app:set-session-running': { request: z.object({ running: z.boolean() }) },
  /** Reads one backup by the name the list gave. */
  'backup:read': { request: z.object({ name: z.string().min(1).max(200) }) },
  /** Asks the user for a file to open and returns its bytes (null when cancelled). */
  'files:open': {
    request: z.object({
      filterName: z.string().max(80),
      extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(8),
      maxBytes: z.number().int().positive().max(MAX_SAVE_BYTES),
    }),
  },
  /** The laptop's addresses the venue link may listen on (loopback only when there is no other). */
  'venue:list-addresses': { request: z.undefined() },
  /** Turns the venue link on for a training, listening only on this one address (never on all). */
  'venue:start': { request: z.object({ trainingId: idSchema, address: z.string().min(1).max(100) }) },
  /** Turns the venue link off (phones keep their pairing for the next start). */
  'venue:stop': { request: z.undefined() },
  /** The venue link as the trainer's window shows it. */
  'venue:status': { request: z.undefined() },
  /** A new room code (and co-trainer pairing secret) now; devices already in stay in. */
  'venue:rotate-code': { request: z.undefined() },
  /** Pauses or resumes input from phones. */
  'venue:set-paused': { request: z.object({ paused: z.boolean() }) },
  /** Removes a device: its cookie is refused from now on. */
  'venue:remove-device': { request: z.object({ deviceId: z.string().min(1).max(100) }) },
  /** What phones see now; main pushes each device its role's part. */
  'venue:publish': { request: z.object({ state: roomStateSchema }) },
  /** The renderer's answer to one delivered item, after it committed (or refused) it. */
  'venue:answer': { request: z.object({ deliveryId: z.string().min(1).max(100), answer: venueAnswerSchema }) },
} as const

/** A channel name. */
export type Channel = keyof typeof CHANNELS
/** The request type of a channel. */
export type RequestOf<C extends Channel> = z.infer<(typeof CHANNELS)[C]['request']>

/** Response types per channel. */
export interface ResponseMap {
  'app:get-info': AppInfo
  'app:open-external': boolean
  'journal:append': { seq: number }
  'journal:read-manifest': JournalManifest
  'journal:read-since': JournalSince
  'journal:reseed': JournalManifest
  'journal:set-aside': SetAsideResult
  'files:save-bytes': SaveResult
  'backup:write': BackupInfo
  'backup:list': BackupInfo[]
  'projector:open': ProjectorOpened
  'backup:read': Uint8Array
  'files:open': OpenedFile | null
  'photos:put': StoredPhoto
  'photos:read': Uint8Array
  'photos:missing': string[]
  'app:take-notices': ShellNotice[]
  'app:set-language': null
  'app:set-session-running': null
  'venue:list-addresses': VenueAddress[]
  'venue:start': VenueStatus
  'venue:stop': VenueStatus
  'venue:status': VenueStatus
  'venue:rotate-code': VenueStatus
  'venue:set-paused': VenueStatus
  'venue:remove-device': VenueStatus
  'venue:publish': null
  /** Whether the delivery was still waiting for its answer (false after its timeout). */
  'venue:answer': boolean
}

/** The API the preload exposes as `window.pelatih`, and the browser fallback implements. */
export interface AppApi {
  getAppInfo(): Promise<Result<AppInfo>>
  openExternal(url: string): Promise<Result<boolean>>
  appendJournal(request: RequestOf<'journal:append'>): Promise<Result<{ seq: number }>>
  readJournalManifest(): Promise<Result<JournalManifest>>
  readJournalSince(request: RequestOf<'journal:read-since'>): Promise<Result<JournalSince>>
  /** Writes the disk copy again from the database; answers the journal's new manifest. */
  reseedJournal(request: RequestOf<'journal:reseed'>): Promise<Result<JournalManifest>>
  /** Keeps refused rows in the quarantine file beside the journal; answers where and how many. */
  setAsideJournalRows(request: RequestOf<'journal:set-aside'>): Promise<Result<SetAsideResult>>
  saveBytes(request: RequestOf<'files:save-bytes'>): Promise<Result<SaveResult>>
  /** Opens the participants' view of a training in its own window. */
  openProjector(request: RequestOf<'projector:open'>): Promise<Result<ProjectorOpened>>
  writeBackup(request: RequestOf<'backup:write'>): Promise<Result<BackupInfo>>
  listBackups(): Promise<Result<BackupInfo[]>>
  readBackup(request: RequestOf<'backup:read'>): Promise<Result<Uint8Array>>
  openFile(request: RequestOf<'files:open'>): Promise<Result<OpenedFile | null>>
  /** Stores a photo file; refused with 'invalid-argument' and a PhotoRefusal message when it is no photo. */
  putPhoto(request: RequestOf<'photos:put'>): Promise<Result<StoredPhoto>>
  readPhoto(request: RequestOf<'photos:read'>): Promise<Result<Uint8Array>>
  missingPhotos(request: RequestOf<'photos:missing'>): Promise<Result<string[]>>
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Takes the notices the shell left for the trainer (see {@link ShellNotice}). */
  takeShellNotices(): Promise<Result<ShellNotice[]>>
  /** Tells main the language chosen in the app, for the application menu. */
  setMenuLanguage(request: RequestOf<'app:set-language'>): Promise<Result<null>>
  /** Tells main whether a session runs (timers unthrottled, display kept awake). */
  setSessionRunning(request: RequestOf<'app:set-session-running'>): Promise<Result<null>>
  /** Called when the shell left a notice while the page was up; returns the unsubscribe function. */
  onShellNotice(listener: () => void): () => void
  /** The laptop's addresses the venue link may listen on; the Wi-Fi one is marked. */
  listVenueAddresses(): Promise<Result<VenueAddress[]>>
  /** Turns the venue link on, listening only on the chosen address. */
  startVenue(request: RequestOf<'venue:start'>): Promise<Result<VenueStatus>>
  stopVenue(): Promise<Result<VenueStatus>>
  getVenueStatus(): Promise<Result<VenueStatus>>
  rotateVenueCode(): Promise<Result<VenueStatus>>
  setVenuePaused(request: RequestOf<'venue:set-paused'>): Promise<Result<VenueStatus>>
  removeVenueDevice(request: RequestOf<'venue:remove-device'>): Promise<Result<VenueStatus>>
  /** Hands main what phones see now (each device gets its role's part). */
  publishVenueState(request: RequestOf<'venue:publish'>): Promise<Result<null>>
  /** Answers one delivery; the phone's request is answered with it. */
  answerVenueItem(request: RequestOf<'venue:answer'>): Promise<Result<boolean>>
  /** Called with each item a phone sent, to commit and answer; returns the unsubscribe function. */
  onVenueDelivery(listener: (delivery: VenueDelivery) => void): () => void
  /** Called whenever the venue link's status changes (a device joined, went offline, ...). */
  onVenueStatus(listener: (status: VenueStatus) => void): () => void
}

/** The main-to-renderer event channel of menu commands. */
export const MENU_EVENT_CHANNEL = 'menu:command'

/** The main-to-renderer event saying a shell notice waits (no payload: the page takes it). */
export const SHELL_NOTICE_EVENT_CHANNEL = 'shell:notice'

/** The main-to-renderer event carrying one {@link VenueDelivery} (trainer's window only). */
export const VENUE_DELIVERY_EVENT_CHANNEL = 'venue:delivery'

/** The main-to-renderer event carrying the venue link's new {@link VenueStatus} (trainer's window only). */
export const VENUE_STATUS_EVENT_CHANNEL = 'venue:status-changed'
