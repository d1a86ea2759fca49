import type { BuiltExport } from './exportData'

/** One job for the backup worker: back up the database with this name. */
export interface BackupJobRequest {
  id: number
  dbName: string
}

/** What the backup worker posts back. */
export type BackupJobMessage = { id: number; type: 'done'; built: BuiltExport } | { id: number; type: 'error'; message: string }
