/** Why a backup was written; shown in the backup list. */
export const BACKUP_REASONS = ['auto', 'manual', 'before-import', 'before-restore', 'session-end', 'before-upgrade'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** One rolling backup as the list shows it. */
export interface BackupInfo {
  /** The file name (no folder); the renderer passes it back to read the backup. */
  name: string
  createdAt: number
  reason: BackupReason
  /** Titles of the trainings in the backup. */
  trainings: string[]
  /** Rows per table. */
  counts: Record<string, number>
  bytes: number
}

/** A file the user picked in the open dialog. */
export interface OpenedFile {
  fileName: string
  bytes: Uint8Array
}
