import type { BackupJobMessage, BackupJobRequest } from './backupJob'
import type { PelatihDb } from '../db'
import { buildExport, type BuiltExport } from './exportData'

let nextId = 0

/**
 * Builds the backup of the named database in a worker of its own (started per backup and ended
 * after it: backups are minutes apart, and the worker's database connection must not outlive
 * the job). Rejects when the worker cannot start or the build fails.
 */
export function buildBackupInWorker(dbName: string): Promise<BuiltExport> {
  return new Promise((resolve, reject) => {
    nextId += 1
    const id = nextId
    let worker: Worker
    try {
      worker = new Worker(new URL('../../workers/backupWorker.ts', import.meta.url), { type: 'module' })
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
      return
    }
    worker.onmessage = (event: MessageEvent<BackupJobMessage>) => {
      const message = event.data
      if (message.id !== id) return
      worker.terminate()
      if (message.type === 'done') resolve(message.built)
      else reject(new Error(message.message))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(event.message || 'The backup worker stopped.'))
    }
    worker.postMessage({ id, dbName } satisfies BackupJobRequest)
  })
}

/** A backup of the database now, built in a worker where there are workers (on the page in unit tests). */
export function buildBackupOffPage(db: PelatihDb): Promise<BuiltExport> {
  return typeof Worker === 'undefined' ? buildExport(db, 'backup') : buildBackupInWorker(db.name)
}
