import { parentPort, workerData } from 'node:worker_threads'
import { foldIntoSnapshotFile, type CompactionJob } from './journalCompaction'

// A worker thread's entry: folds one journal into a new snapshot file away from the main
// process's event loop, and answers with its summary or why it failed.
foldIntoSnapshotFile(workerData as CompactionJob).then(
  (summary) => parentPort?.postMessage({ ok: true, summary }),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
)
