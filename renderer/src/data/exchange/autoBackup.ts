import type { AppApi } from '../../../../shared/ipc/contract'
import type { BackupReason } from '../../../../shared/ipc/backupTypes'
import type { PelatihDb } from '../db'
import { buildExport } from './exportData'

/** How long after the first unsaved change an automatic backup is written. */
export const AUTO_BACKUP_DELAY_MS = 3 * 60 * 1000

/** Writes rolling backups through the desktop bridge (main writes them atomically). */
export interface AutoBackup {
  /** A change was committed: an automatic backup follows within AUTO_BACKUP_DELAY_MS. */
  noteChange(): void
  /** Writes a backup now (Backup now, end of a session...). */
  backupNow(reason: BackupReason): Promise<boolean>
  /** Stops the timer (tests, window close). */
  dispose(): void
}

/**
 * Creates the automatic backup: every few minutes while data changes (not on a fixed clock,
 * so an idle app writes nothing), and on demand.
 */
export function createAutoBackup(db: PelatihDb, bridge: AppApi, delayMs = AUTO_BACKUP_DELAY_MS): AutoBackup {
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<boolean> = Promise.resolve(true)

  const backupNow = (reason: BackupReason): Promise<boolean> => {
    running = running.then(async () => {
      try {
        const built = await buildExport(db, 'backup')
        const written = await bridge.writeBackup({ bytes: built.bytes, reason, trainings: built.trainings, counts: built.counts })
        return written.ok
      } catch {
        return false
      }
    })
    return running
  }

  return {
    noteChange: () => {
      if (timer !== null) return
      timer = setTimeout(() => {
        timer = null
        void backupNow('auto')
      }, delayMs)
    },
    backupNow: (reason) => {
      if (timer !== null) clearTimeout(timer)
      timer = null
      return backupNow(reason)
    },
    dispose: () => {
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  }
}
