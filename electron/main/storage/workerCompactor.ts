import type { Worker, WorkerOptions } from 'node:worker_threads'
import type { CompactionJob, Compactor } from './journalCompaction'
import type { SnapshotSummary } from './snapshotFile'

type Answer = { ok: true; summary: SnapshotSummary } | { ok: false; message: string }

/**
 * A compactor that runs each job in a fresh worker thread (made by `createWorker`, the
 * compactWorker entry), so parsing and serialising a large snapshot never stalls the windows.
 */
export function workerCompactor(createWorker: (options: WorkerOptions) => Worker): Compactor {
  return (job: CompactionJob) =>
    new Promise<SnapshotSummary>((resolve, reject) => {
      const worker = createWorker({ workerData: job })
      let answered = false
      worker.once('message', (answer: Answer) => {
        answered = true
        if (answer.ok) resolve(answer.summary)
        else reject(new Error(answer.message))
      })
      worker.once('error', reject)
      worker.once('exit', (code) => {
        if (!answered) reject(new Error(`the compaction worker stopped (exit code ${code}) before answering`))
      })
    })
}
