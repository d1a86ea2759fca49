import { open, readFile } from 'node:fs/promises'
import type { JournalSince, JournalSnapshot } from '../../../shared/journal/journalEntry'
import { legacyPhotoFiles } from '../../../shared/photos/legacyPhoto'
import { parseJournal } from './journalFile'
import { foldEntries, readSnapshot } from './journalSnapshot'
import { stashLegacyPhotoFiles } from './legacyPhotoStash'
import { createPhotoStore } from './photoStore'
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
  /**
   * The photo store's folder: old photo rows (pictures as data URLs) lose their pictures when
   * the fold migrates them, so their files go there first. Null refuses to fold such rows.
   */
  photosFolder: string | null
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
  await keepLegacyPictures(job.photosFolder, { snapshot: base, entries: entries.filter((entry) => entry.seq > (base?.seq ?? 0)) }, folded)
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

function photoRowsOf(since: JournalSince): Record<string, unknown>[] {
  const journaled = since.entries.flatMap((entry) =>
    entry.changes.flatMap((change) => (change.op === 'put' && change.table === 'photos' ? [change.row] : [])),
  )
  return [...(since.snapshot?.tables.photos ?? []), ...journaled]
}

/**
 * Stores the pictures of old photo rows when the fold migrated them away (from schema 3 rows
 * keep only the hashes), before the new snapshot replaces the rows that carried them. Without
 * a photo folder it throws, and the journal keeps them as they are.
 */
async function keepLegacyPictures(photosFolder: string | null, since: JournalSince, folded: JournalSnapshot): Promise<void> {
  if (!photoRowsOf(since).some((row) => legacyPhotoFiles(row) !== null)) return
  // Folded to an older schema, the rows still carry their pictures: nothing is lost.
  if ((folded.tables.photos ?? []).some((row) => legacyPhotoFiles(row) !== null)) return
  if (photosFolder === null)
    throw new Error('journal: old photo rows carry their pictures and no photo folder was given to keep them; not compacted')
  await stashLegacyPhotoFiles(createPhotoStore(photosFolder), since)
}
