// Builds backups off the UI thread: reading every table and serialising a large training (tens
// of MB of JSON, plus its checksum) takes seconds, which would freeze typing if the page did it.
import type { BackupJobMessage, BackupJobRequest } from '../data/exchange/backupJob'
import { buildBackupOf } from '../data/exchange/buildBackup'

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupJobRequest>) => void) | null
  postMessage(message: BackupJobMessage, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  const { id, dbName } = event.data
  buildBackupOf(dbName).then(
    (built) => scope.postMessage({ id, type: 'done', built }, [built.bytes.buffer]),
    (error: unknown) => scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
}
