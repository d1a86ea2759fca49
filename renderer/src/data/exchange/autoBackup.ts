import type { AppApi } from '../../../../shared/ipc/contract'
import type { BackupInfo, BackupReason } from '../../../../shared/ipc/backupTypes'
import type { ErrorCode } from '../../../../shared/ipc/result'
import type { BuiltExport } from './exportData'

/** How long after the first unsaved change an automatic backup is written. */
export const AUTO_BACKUP_DELAY_MS = 3 * 60 * 1000

/** A backup that could not be built or written: why it was asked for, and what went wrong. */
export interface BackupFailure {
  reason: BackupReason
  message: string
  /** The code main refused the write with ('rate-limited': asked for too often); absent when the build failed. */
  code?: ErrorCode
  at: number
}

/** What one backup came to. */
export type BackupOutcome = { ok: true; info: BackupInfo } | { ok: false; failure: BackupFailure }

/** Writes rolling backups through the desktop bridge (main writes them atomically). */
export interface AutoBackup {
  /** A change was committed: an automatic backup follows within AUTO_BACKUP_DELAY_MS. */
  noteChange(): void
  /** Writes a backup now (Backup now, end of a session...). */
  backupNow(reason: BackupReason): Promise<BackupOutcome>
  /** The last backup's failure, until a later backup succeeds (the Data page shows it). */
  lastFailure: () => BackupFailure | null
  /** Calls `listener` whenever lastFailure() changes; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
  /** Stops the timer (tests, window close). */
  dispose(): void
}

/**
 * Creates the automatic backup: every few minutes while data changes (not on a fixed clock,
 * so an idle app writes nothing), and on demand. `build` makes the file (the app builds it in a
 * worker, off the UI thread). A failure is never swallowed: it is returned, kept as lastFailure()
 * and announced to subscribers, so the user is told.
 */
export function createAutoBackup(
  bridge: AppApi,
  build: () => Promise<BuiltExport>,
  delayMs = AUTO_BACKUP_DELAY_MS,
  now = () => Date.now(),
): AutoBackup {
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<BackupOutcome> = Promise.resolve({ ok: false, failure: { reason: 'auto', message: '', at: 0 } })
  let failure: BackupFailure | null = null
  const listeners = new Set<() => void>()

  const settle = (next: BackupFailure | null): void => {
    if (next === null && failure === null) return
    failure = next
    for (const listener of listeners) listener()
  }

  const attempt = async (reason: BackupReason): Promise<BackupOutcome> => {
    try {
      const built = await build()
      const written = await bridge.writeBackup({
        bytes: built.bytes,
        reason,
        trainings: built.trainings,
        counts: built.counts,
        photos: built.photos,
      })
      if (written.ok) return { ok: true, info: written.value }
      return { ok: false, failure: { reason, message: written.error.message, code: written.error.code, at: now() } }
    } catch (error) {
      return { ok: false, failure: { reason, message: error instanceof Error ? error.message : String(error), at: now() } }
    }
  }

  const backupNow = (reason: BackupReason): Promise<BackupOutcome> => {
    running = running.then(async () => {
      const outcome = await attempt(reason)
      settle(outcome.ok ? null : outcome.failure)
      return outcome
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
    lastFailure: () => failure,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose: () => {
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  }
}
