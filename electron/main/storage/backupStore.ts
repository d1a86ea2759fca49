import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { selectBackupsToKeep } from '../../../shared/exchange/backupRetention'
import { BACKUP_REASONS, type BackupInfo, type BackupReason } from '../../../shared/ipc/backupTypes'
import { writeFileAtomic } from './atomicWrite'

const MINUTE_MS = 60 * 1000
const DAY_MS = 24 * 60 * MINUTE_MS
const FILE_PATTERN = /^pelatih-backup-(\d{8}-\d{6}-\d{3})-([a-z-]+)\.json$/
const metaSchema = z.object({
  createdAt: z.number().int().nonnegative(),
  reason: z.enum(BACKUP_REASONS),
  trainings: z.array(z.string()),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  bytes: z.number().int().nonnegative(),
  photos: z.array(z.string()).optional(),
})

/**
 * How old a file that an interrupted write left behind must be before a later write removes it:
 * older than any write still under way (one writer, but a reloaded window may ask again).
 */
const LEFTOVER_AGE_MS = 10 * 60 * 1000

function stamp(ms: number): string {
  const d = new Date(ms)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}-${p(d.getUTCMilliseconds(), 3)}`
}

/** Whether a name is one of our backup files (and nothing else: no folders, no other files). */
export function isBackupFileName(name: string): boolean {
  return FILE_PATTERN.test(name)
}

/** The rolling backups in one folder: atomic writes, a small sidecar per file, retention. */
export interface BackupStore {
  write(
    bytes: Uint8Array,
    meta: { reason: BackupReason; trainings: string[]; counts: Record<string, number>; photos?: string[] | undefined },
  ): Promise<BackupInfo>
  list(): Promise<BackupInfo[]>
  read(name: string): Promise<Uint8Array>
  /**
   * What a write made now would do to the kept backups (retention run with one more of
   * today's): which of today's it would rotate away, and which would stay besides it.
   */
  nextWritePreview(): Promise<{ rotatedToday: BackupInfo[]; keptToday: BackupInfo[] }>
  /**
   * The photo files the kept backups name: the photo store keeps them while the backups are
   * kept. Null when a backup's sidecar cannot be read: then no one can tell what it needs.
   */
  referencedPhotos(): Promise<Set<string> | null>
}

/**
 * Opens the backup folder. Each backup is the export file plus `<name>.meta` (what the list
 * shows), both written atomically; after each write, retention keeps 3 from today and 1 per
 * earlier day, at most 10 (the local day, by the offset the caller gives).
 */
export function createBackupStore(folder: string, options: { now?: () => number; utcOffsetMin?: () => number } = {}): BackupStore {
  const now = options.now ?? (() => Date.now())
  const offset = options.utcOffsetMin ?? (() => -new Date().getTimezoneOffset())

  const list = async (): Promise<BackupInfo[]> => {
    await mkdir(folder, { recursive: true })
    const names = (await readdir(folder)).filter(isBackupFileName)
    const infos: BackupInfo[] = []
    for (const name of names) {
      const meta = await readFile(join(folder, `${name}.meta`), 'utf8')
        .then((text) => metaSchema.safeParse(JSON.parse(text)))
        .catch(() => null)
      if (meta?.success) {
        const { photos: _photos, ...shown } = meta.data
        infos.push({ name, ...shown })
      }
    }
    return infos.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name))
  }

  /**
   * Removes what interrupted writes left: temporary files of atomic writes and summaries whose
   * backup never followed (a summary is written first, so a crash leaves no backup without one).
   */
  const removeLeftovers = async (): Promise<void> => {
    const names = await readdir(folder)
    const present = new Set(names)
    for (const name of names) {
      const temp = name.startsWith('.pelatih-backup-') && name.endsWith('.tmp')
      const lonelySummary =
        name.endsWith('.meta') && isBackupFileName(name.slice(0, -'.meta'.length)) && !present.has(name.slice(0, -'.meta'.length))
      if (!temp && !lonelySummary) continue
      const info = await stat(join(folder, name)).catch(() => null)
      if (info !== null && info.mtimeMs < now() - LEFTOVER_AGE_MS) await rm(join(folder, name), { force: true })
    }
  }

  const prune = async (): Promise<void> => {
    const all = await list()
    const { remove } = selectBackupsToKeep(all, now(), offset())
    for (const backup of remove) {
      await rm(join(folder, backup.name), { force: true })
      await rm(join(folder, `${backup.name}.meta`), { force: true })
    }
  }

  return {
    list,
    nextWritePreview: async () => {
      const all = await list()
      const createdAt = now()
      // A name that sorts after every real one, so on a tie the new backup counts as the newest.
      const next = { name: '~next', createdAt }
      const { keep, remove } = selectBackupsToKeep([...all, next], createdAt, offset())
      const dayOf = (time: number) => Math.floor((time + offset() * MINUTE_MS) / DAY_MS)
      const today = (backup: { createdAt: number }) => dayOf(backup.createdAt) >= dayOf(createdAt)
      return {
        rotatedToday: remove.filter((backup): backup is BackupInfo => backup !== next && today(backup)),
        keptToday: keep.filter((backup): backup is BackupInfo => backup !== next && today(backup)),
      }
    },
    write: async (bytes, meta) => {
      await mkdir(folder, { recursive: true })
      const createdAt = now()
      const name = `pelatih-backup-${stamp(createdAt)}-${meta.reason}.json`
      const info: BackupInfo = {
        name,
        createdAt,
        reason: meta.reason,
        trainings: meta.trainings,
        counts: meta.counts,
        bytes: bytes.byteLength,
      }
      const { name: _n, ...sidecar } = info
      // The backup refers to its photos by hash instead of copying them: the list of hashes
      // lets the photo store keep those files as long as this backup is kept. The summary goes
      // first: a crash between the two files then leaves a summary alone (removed later), never
      // a backup without one, which nothing lists or prunes and which would keep the photo
      // store from ever collecting (it cannot tell what such a backup needs).
      await writeFileAtomic(join(folder, `${name}.meta`), JSON.stringify({ ...sidecar, photos: meta.photos ?? [] }))
      await writeFileAtomic(join(folder, name), bytes)
      await removeLeftovers()
      await prune()
      return info
    },
    referencedPhotos: async () => {
      await mkdir(folder, { recursive: true })
      const hashes = new Set<string>()
      for (const name of (await readdir(folder)).filter(isBackupFileName)) {
        const meta = await readFile(join(folder, `${name}.meta`), 'utf8')
          .then((text) => metaSchema.safeParse(JSON.parse(text)))
          .catch(() => null)
        if (!meta?.success) return null
        for (const hash of meta.data.photos ?? []) hashes.add(hash)
      }
      return hashes
    },
    read: async (name) => {
      if (!isBackupFileName(name)) throw new Error(`not a backup file: ${name}`)
      return new Uint8Array(await readFile(join(folder, name)))
    },
  }
}
