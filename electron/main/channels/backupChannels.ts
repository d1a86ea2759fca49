import type { BackupStore } from '../storage/backupStore'
import { IpcError } from './ipcError'
import type { ChannelTable } from './runChannel'

/** Sub-folder of userData holding the rolling backups. */
export const BACKUP_FOLDER_NAME = 'backups'

/** How many backups one window may write in a minute (the app writes one every few minutes). */
export const MAX_BACKUP_WRITES_PER_MINUTE = 6

/**
 * A write may not leave today without a backup older than this: a page writing backups in a
 * loop would otherwise replace all of today's within a second. The automatic backup comes at
 * most every 3 minutes, so of the three kept from today one is always older than this.
 */
export const SETTLED_BACKUP_AGE_MS = 5 * 60 * 1000

const MINUTE_MS = 60 * 1000

/** The backup channels. `now` is the clock of the write limits (tests pass their own). */
export function backupChannels(store: BackupStore, options: { now?: () => number } = {}) {
  const now = options.now ?? (() => Date.now())
  const recentWrites = new Map<number, number[]>()
  // One write at a time: two checked side by side could together rotate away what each alone may not.
  let writing: Promise<unknown> = Promise.resolve()

  const admit = async (senderId: number): Promise<void> => {
    const at = now()
    const recent = (recentWrites.get(senderId) ?? []).filter((time) => at - time < MINUTE_MS)
    if (recent.length >= MAX_BACKUP_WRITES_PER_MINUTE) {
      throw new IpcError('rate-limited', `backup refused: already ${recent.length} backups in the last minute; the earlier ones are kept`)
    }
    const { rotatedToday, keptToday } = await store.nextWritePreview()
    const settled = (backup: { createdAt: number }) => at - backup.createdAt >= SETTLED_BACKUP_AGE_MS
    const lastSettled = rotatedToday.find(settled)
    if (lastSettled !== undefined && !keptToday.some(settled)) {
      throw new IpcError(
        'rate-limited',
        `backup refused: it would replace ${lastSettled.name}, today's last backup from before the last 5 minutes; try again in a few minutes`,
      )
    }
    recent.push(at)
    recentWrites.set(senderId, recent)
  }

  return {
    'backup:write': (request, caller) => {
      const written = writing.then(async () => {
        await admit(caller.sender.id)
        return store.write(request.bytes, {
          reason: request.reason,
          trainings: request.trainings,
          counts: request.counts,
          photos: request.photos,
        })
      })
      writing = written.catch(() => undefined)
      return written
    },
    'backup:list': () => store.list(),
    'backup:read': async ({ name }) => {
      const listed = await store.list()
      if (!listed.some((b) => b.name === name)) throw new IpcError('not-found', `no backup named ${name}`)
      return store.read(name)
    },
  } satisfies ChannelTable
}
