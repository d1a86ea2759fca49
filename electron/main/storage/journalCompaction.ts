import { open, readFile } from 'node:fs/promises'
import { parseJournal } from './journalFile'
import { foldEntries, readSnapshot } from './journalSnapshot'
import { formatSnapshotFile, type SnapshotSummary } from './snapshotFile'

/** One compaction's heavy part: everything it needs is in files, so it can run in a worker. */
export interface CompactionJob {
  snapshotPath: string
  journalPath: string
  /** Fold the journal's first `journalBytes` bytes: the entries written when the compaction began. */
  journalBytes: number
  /** The seq of the last of those entries, which the new snapshot is as of. */
  seq: number
  /** Whether the disk copy is known to be incomplete (the new snapshot then says so). */
  incomplete: boolean
  /** Where the new snapshot is written (and fsynced); the store renames it into place. */
  tempPath: string
}

/** Runs a compaction job and resolves with the summary of the snapshot it wrote. */
export type Compactor = (job: CompactionJob) => Promise<SnapshotSummary>

/**
 * Folds the journal's entries into the snapshot and writes the result to `job.tempPath`. Reads
 * and parses every row, so it takes seconds on a large history: the app runs it in a worker
 * thread, never on the main process's event loop.
 */
export async function foldIntoSnapshotFile(job: CompactionJob): Promise<SnapshotSummary> {
  const base = await readSnapshot(job.snapshotPath)
  const content = (await readFile(job.journalPath)).subarray(0, job.journalBytes)
  const { entries } = parseJournal(content)
  const folded = foldEntries(base, entries, job.seq)
  const { text, summary } = formatSnapshotFile(job.incomplete ? { ...folded, incomplete: true } : folded)
  const handle = await open(job.tempPath, 'wx')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return summary
}
